// Arrays: slicing an array takes its address; an array of pointers is one
// location.

package escape

var sink []int

func SliceLocal() int {
	var a [4]int
	s := a[:]
	return len(s)
}

func SliceReturned() []int {
	var a [4]int // ERROR "moved to heap: a$"
	return a[1:3]
}

func SliceStored() {
	var b [8]int // ERROR "moved to heap: b$"
	sink = b[:]
}

func ArrayOfPointers() int {
	x, y := 1, 2
	ps := [2]*int{&x, &y}
	return *ps[0] + *ps[1]
}

func ArrayValue(a [3]*int) *int { // ERROR "leaking param: a to result ~r0 level=0$"
	return a[1]
}

func ArrayLiteral() int {
	a := [...]int{1, 2, 3}
	return a[2]
}
