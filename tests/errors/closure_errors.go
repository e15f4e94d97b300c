package main

import "fmt"

func apply(f func(int) int, v int) int { return f(v) }

func main() {
	double := func(x int) int { return x * 2 }
	fmt.Println(apply(double, "3"))
	fmt.Println(apply(nil))
	var g func() int
	g = 5
	h := func() {
		unused := 1
	}
	fmt.Println(g, h)
	k := func() int {
		for {
		}
	}
	fmt.Println(k() + "x")
}
