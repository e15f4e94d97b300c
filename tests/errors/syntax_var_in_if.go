package main

import "fmt"

func main() {
	if var x = 3; x > 2 {
		fmt.Println(x)
	}
}
