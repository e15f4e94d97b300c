package main

import "fmt"

// Seed article, section 1 (special cases): a small slice (stack), a large one (heap, too big
// for the stack) and one whose size is a variable (the article's Go: heap; newer gc decides).
func F() int {
	a := make([]int, 0, 20)     // stack: small
	b := make([]int, 0, 20000) // heap: too large

	l := 20
	c := make([]int, 0, l) // size not a constant

	for i := 0; i < 20; i++ {
		a = append(a, i)
		b = append(b, 2*i)
		c = append(c, 3*i)
	}
	fmt.Println(len(a), cap(a), len(b), cap(b), len(c), cap(c))
	return a[19] + b[19] + c[19]
}

func main() {
	fmt.Println(F())
}
