package main

import "fmt"

func main() {
	var a int = 1
	var b int64 = 2
	var f float64 = 1.5
	fmt.Println(a + b)
	fmt.Println(a * f)
}
