// Seed case: a slice whose elements are pointers.  The backing array may stay
// on the stack, but what its elements point to is stored through an
// indirection and goes to the heap.

package main

func Fill() int {
	a := "a"
	b := "b"
	ps := []*string{&a, &b} // ERROR "\[\]\*string\{\.\.\.\} does not escape$"
	n := 0
	for _, p := range ps {
		n += len(*p)
	}
	return n
}

func Store(ps []*string) { // ERROR "ps does not escape$"
	s := "x" // ERROR "moved to heap: s$"
	ps[0] = &s
}

func Make() int {
	ps := make([]*int, 2) // ERROR "make\(\[\]\*int, 2\) does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	ps[0] = &x
	return *ps[0]
}

func main() {
	println(Fill(), Make())
	Store(make([]*string, 1)) // ERROR "make\(\[\]\*string, 1\) does not escape$"
}
