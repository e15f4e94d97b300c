// Calls through function values: the callee is unknown, so arguments flow to
// the heap.

package escape

func Call(f func(*int) int) int { // ERROR "f does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	return f(&x)
}

func Returns(f func() *int) int { // ERROR "f does not escape$"
	return *f()
}

func Local() int {
	g := func(p *int) int { return *p } // ERROR "p does not escape$" "func literal does not escape$"
	y := 2
	return g(&y)
}

func apply(p *int) int { // ERROR "p does not escape$"
	return *p
}

func Named() int {
	h := apply
	z := 3
	return h(&z)
}
