package main

import (
	"fmt"
	"os"
)

// Seed article, section 3 (append beyond capacity): when the final size depends on run-time
// data, the backing array that append grows into must be on the heap.
func squares(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i*i)
	}
	return s
}

func main() {
	n := 10 + len(os.Args)
	s := squares(n)
	fmt.Println(len(s), s[n-1])
	buf := make([]int, 0, 4)
	for i := 0; i < n; i++ {
		buf = append(buf, i)
	}
	fmt.Println(buf)
}
