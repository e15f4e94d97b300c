package main

import "fmt"

// Seed article, section 1 (heap): the same make, but returned, so it escapes to the heap.
func F() []int {
	a := make([]int, 0, 20)
	return a
}

func main() {
	a := F()
	fmt.Println(len(a), cap(a))
	for i := 0; i < 5; i++ {
		a = append(a, i)
	}
	fmt.Println(a, len(a), cap(a))
}
