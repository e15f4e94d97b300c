package main

import "fmt"

// append: growth, aliasing between slices that share a backing array, and copies after growth.
func main() {
	var s []int
	prevCap := 0
	monotonic := true
	for i := 0; i < 20; i++ {
		s = append(s, i)
		if cap(s) < prevCap || cap(s) < len(s) {
			monotonic = false
		}
		prevCap = cap(s)
	}
	fmt.Println(s, monotonic)

	// Appending within capacity writes into the shared backing array.
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a, b, a[3] == b[3])

	// Appending beyond capacity copies: the slices no longer alias.
	full := []int{1, 2, 3}
	c := append(full, 4)
	c[0] = 100
	fmt.Println(full, c)

	// Append several, append a slice, append to a subslice.
	x := []int{1, 2}
	x = append(x, 3, 4, 5)
	x = append(x, x...)
	fmt.Println(x, len(x))
	head := x[:2]
	head = append(head, 99)
	fmt.Println(x, head)

	// Append to a nil slice and to an empty slice.
	var n []string
	n = append(n, "first")
	e := []string{}
	e = append(e, "second")
	fmt.Println(n, e, len(n), len(e))

	// Building a slice of slices, each row fresh.
	var rows [][]int
	for i := 0; i < 4; i++ {
		row := []int{}
		for j := 0; j <= i; j++ {
			row = append(row, i*j)
		}
		rows = append(rows, row)
	}
	fmt.Println(rows)

	// Delete from the middle by appending.
	d := []int{0, 1, 2, 3, 4, 5}
	d = append(d[:2], d[3:]...)
	fmt.Println(d, len(d))
	// Insert at the front.
	d = append([]int{-1}, d...)
	fmt.Println(d)
	// Large growth.
	var big []int
	for i := 0; i < 100000; i++ {
		big = append(big, i)
	}
	fmt.Println(len(big), big[99999], cap(big) >= len(big))
	bs := append([]byte("abc"), 'd')
	fmt.Println(string(bs))
}
