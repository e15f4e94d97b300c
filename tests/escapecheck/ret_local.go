package main

import "fmt"

// -escape-check: returning the address of a local.  p, n and buf must be on the heap;
// a stack decision would leave the callers pointing into frames that -escape-check
// fills with 0xAB when they return.

type Point struct{ X, Y int }

func newPoint(x, y int) *Point {
	p := Point{x, y}
	return &p
}

func counter(start int) *int {
	n := start
	return &n
}

func window(k int) []int {
	var buf [8]int
	for i := range buf {
		buf[i] = k + i
	}
	return buf[2:5]
}

func literal(v int) *Point {
	return &Point{v, v * 2}
}

// scribble reuses the stack the dead frames occupied.
func scribble(k int) int {
	var a [64]int
	for i := range a {
		a[i] = k * i
	}
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func main() {
	p := newPoint(3, 4)
	c := counter(41)
	w := window(10)
	l := literal(5)
	fmt.Println(scribble(7))
	*c++
	fmt.Println(p.X, p.Y, *c, w, l.X, l.Y)
}
