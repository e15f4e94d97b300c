package main

import "fmt"

func add(a, b int) int { return a + b }

func main() {
	f := add
	fmt.Println(f == add)
	h := add(1, 2)(3)
	fmt.Println(h, add < f)
	var g func(int) int = nil
	fmt.Println(g != nil, g(1, 2))
}
