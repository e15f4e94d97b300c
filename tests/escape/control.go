// Control flow does not matter: gc's analysis is flow-insensitive.

package escape

var sink *int

func If(c bool) *int {
	x, y := 1, 2 // ERROR "moved to heap: x$" "moved to heap: y$"
	p := &x
	if c {
		p = &y
	}
	return p
}

func Switch(n int) int {
	a, b := 1, 2
	var p *int
	switch n {
	case 1:
		p = &a
	default:
		p = &b
	}
	return *p
}

func Swap() {
	x, y := 1, 2 // ERROR "moved to heap: x$" "moved to heap: y$"
	p, q := &x, &y
	p, q = q, p
	sink = p
}

func Dead() {
	z := 3
	if false {
		sink = &z
	}
}
