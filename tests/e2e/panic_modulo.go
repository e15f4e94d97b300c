package main

import "fmt"

// Integer remainder by zero, in a smaller integer type.
func main() {
	var a int8 = 100
	var b int8 = 7
	for b >= 0 {
		fmt.Println(a % b)
		b -= 3
		if b < 0 {
			b = 0
		}
	}
}
