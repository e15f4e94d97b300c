package main

import "fmt"

// -escape-check: slices appended into longer-lived ones.  The rows, the pointers to
// locals and the grown backing arrays all outlive the functions that made them.

type Grid struct {
	rows [][]int
}

func (g *Grid) addRow(n, v int) {
	row := make([]int, n)
	for i := range row {
		row[i] = v + i
	}
	g.rows = append(g.rows, row)
}

func collect(dst []*int, k int) []*int {
	for i := 0; i < k; i++ {
		v := i * i
		dst = append(dst, &v)
	}
	return dst
}

func grow(dst []int) []int {
	local := []int{7, 8, 9}
	return append(dst, local...)
}

func scribble(k int) int {
	var a [64]int
	s := 0
	for i := range a {
		a[i] = k * i
		s -= a[i]
	}
	return s
}

func main() {
	g := &Grid{}
	g.addRow(3, 1)
	g.addRow(2, 10)
	ptrs := collect(nil, 4)
	s := grow(make([]int, 0, 1))
	fmt.Println(scribble(9))
	sum := 0
	for _, p := range ptrs {
		sum += *p
	}
	fmt.Println(g.rows, sum, s)
}
