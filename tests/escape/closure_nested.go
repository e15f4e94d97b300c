// Nested closures: captures pass through the intermediate closure.

package escape

func Nested() int {
	x := 0
	f := func() { // ERROR "func literal does not escape$"
		g := func() { // ERROR "func literal does not escape$"
			x++
		}
		g()
	}
	f()
	return x
}

func NestedEscapes() func() func() int {
	y := 0 // ERROR "moved to heap: y$"
	return func() func() int { // ERROR "func literal escapes to heap$"
		return func() int { // ERROR "func literal escapes to heap$"
			y++
			return y
		}
	}
}

func Param(p *int) func() int { // ERROR "leaking param: p$"
	return func() int { // ERROR "func literal escapes to heap$"
		return *p
	}
}
