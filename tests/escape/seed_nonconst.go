// Seed case: make with a size that is not a constant.  The article's Go sent
// c to the heap; Go 1.25+ propagates the constant value of l (never
// reassigned) and keeps small variable-sized makes on the stack.

package main

func F() int {
	a := make([]int, 0, 20) // ERROR "make\(\[\]int, 0, 20\) does not escape$"
	b := make([]int, 0, 20000) // ERROR "make\(\[\]int, 0, 20000\) escapes to heap$"

	l := 20
	c := make([]int, 0, l) // ERROR "make\(\[\]int, 0, 20\) does not escape$"
	return len(a) + len(b) + len(c)
}

func G(n int) int {
	d := make([]int, n) // ERROR "make\(\[\]int, n\) does not escape$"
	return len(d)
}

func H(n int) []int {
	e := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	return e
}

func Reassigned() int {
	l := 20
	l++
	f := make([]byte, l) // ERROR "make\(\[\]byte, l\) does not escape$"
	return len(f)
}

func main() {
	println(F(), G(5), len(H(3)), Reassigned())
}
