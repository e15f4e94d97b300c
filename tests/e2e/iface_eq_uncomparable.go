package main

import "fmt"

type I interface{ M() }
type S []int

func (S) M() {}

func main() {
	var a, b I = S{1}, S{1}
	fmt.Println("cmp")
	fmt.Println(a == b)
}
