package main

import "fmt"

// Seed article, section 3 (slices of pointers): the values that a []*string points to
// escape, even when the slice's own backing array could stay on the stack.
func collect(words []string) int {
	ptrs := make([]*string, 0, 8)
	for i := range words {
		w := words[i] + "!"
		ptrs = append(ptrs, &w)
	}
	n := 0
	for _, p := range ptrs {
		n += len(*p)
	}
	return n
}

func main() {
	fmt.Println(collect([]string{"go", "escape", "analysis"}))
}
