// append: the appended values are stored into a backing array that may be
// the heap's, so pointers appended escape; the result follows its slice.

package escape

var sink []*int

func AppendValue() int {
	var s []int
	s = append(s, 1) // ERROR "append does not escape$"
	return len(s)
}

func AppendPointer() int {
	x := 1 // ERROR "moved to heap: x$"
	var s []*int
	s = append(s, &x) // ERROR "append does not escape$"
	return len(s)
}

func AppendReturned(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return append(s, 1) // ERROR "append escapes to heap$"
}

func AppendSpread(a, b []int) int { // ERROR "a does not escape$" "b does not escape$"
	return len(append(a, b...)) // ERROR "append does not escape$"
}

func AppendToGlobal() {
	y := 2 // ERROR "moved to heap: y$"
	sink = append(sink, &y) // ERROR "append escapes to heap$"
}

func AppendLiteral() int {
	s := append([]int{1, 2}, 3) // ERROR "\[\]int\{\.\.\.\} does not escape$" "append does not escape$"
	return len(s)
}
