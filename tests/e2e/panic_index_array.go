package main

import "fmt"

// An array indexed with a run-time value out of range; also a negative index.
func main() {
	var a [5]int
	idx := []int{0, 4, -1}
	for _, i := range idx {
		a[i%5] = i
		fmt.Println("ok", a)
	}
	i := len(idx) - 4
	fmt.Println("about to index with", i)
	a[i] = 1
	fmt.Println("never")
}
