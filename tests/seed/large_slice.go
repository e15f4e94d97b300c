package main

import "fmt"

var total int

// Seed article, section 3 (stack too small): make([]int, 10000, 10000) is 80 000 bytes,
// above gc's 64 KiB limit for implicit allocations, so it goes to the heap.
func Slice() {
	s := make([]int, 10000, 10000)

	for index, _ := range s {
		s[index] = index
	}
	for _, v := range s {
		total += v
	}
}

func main() {
	Slice()
	fmt.Println(total)
}
