// Returning structs and slices that hold pointers.

package escape

type Pair struct {
	a, b *int
}

func MakePair(a *int) Pair { // ERROR "leaking param: a to result ~r0 level=0$"
	return Pair{a: a}
}

func Get(p Pair) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p.b
}

func Caller() int {
	x := 1
	y := 2
	p := MakePair(&x)
	p.b = &y
	return *Get(p)
}

func SliceOf(p *int) []*int { // ERROR "leaking param: p$"
	return []*int{p} // ERROR "\[\]\*int\{\.\.\.\} escapes to heap$"
}
