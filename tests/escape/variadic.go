// Variadic functions written in Go: the ... slice is an allocation site of
// the caller.

package escape

var sink *int

func Sum(xs ...int) int { // ERROR "xs does not escape$"
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

func First(ps ...*int) *int { // ERROR "leaking param: ps to result ~r0 level=1$"
	return ps[0]
}

func Keep(ps ...*int) { // ERROR "leaking param content: ps$"
	sink = ps[0]
}

func Calls() int {
	a, b := 1, 2 // ERROR "moved to heap: b$"
	n := Sum(1, 2, 3) // ERROR "\.\.\. argument does not escape$"
	n += *First(&a) // ERROR "\.\.\. argument does not escape$"
	Keep(&b) // ERROR "\.\.\. argument does not escape$"
	return n + Sum()
}

func Spread(xs []int) int { // ERROR "xs does not escape$"
	return Sum(xs...)
}
