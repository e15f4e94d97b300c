package main

import "fmt"

// copy: counts, overlap in both directions, copying between slices of different lengths.
func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	// Overlapping copies behave like memmove.
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	copy(s[2:], s)
	fmt.Println(s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7}
	copy(s, s[3:])
	fmt.Println(s)
	// Copy into nil or from nil copies nothing.
	var empty []int
	fmt.Println(copy(empty, src), copy(dst, empty), dst)
	// A copy is independent of its source.
	orig := []string{"a", "b", "c"}
	clone := make([]string, len(orig))
	copy(clone, orig)
	clone[0] = "z"
	fmt.Println(orig, clone)
	// Copying structs copies their fields.
	type P struct{ X, Y int }
	ps := []P{{1, 2}, {3, 4}}
	qs := make([]P, 2)
	copy(qs, ps)
	qs[0].X = 100
	fmt.Println(ps, qs)
	// Copy from a string.
	b := make([]byte, 3)
	fmt.Println(copy(b, "xyz123"), string(b))
	// Rotate left by k using copy and a temp buffer.
	r := []int{1, 2, 3, 4, 5, 6}
	k := 2
	tmp := make([]int, k)
	copy(tmp, r[:k])
	copy(r, r[k:])
	copy(r[len(r)-k:], tmp)
	fmt.Println(r)
	// Float slices.
	f := []float64{0.5, 1.5}
	g := make([]float64, 2)
	copy(g, f)
	fmt.Println(g)
}
