package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func nothing() {}

func main() {
	q := divmod(7, 2) + 1
	x := nothing()
	var a, b, c = divmod(7, 2)
	fmt.Println(q, x, a, b, c)
	fmt.Println(nothing())
}
