// Closures called directly, passed to functions, and stored in globals.

package main

var g func() int

func Direct() int {
	x := 0
	func(p *int) { // ERROR "p does not escape$" "func literal does not escape$"
		*p = 1
	}(&x)
	return x
}

func Apply(f func(int) int, v int) int { // ERROR "f does not escape$"
	return f(v)
}

func Passed() int {
	k := 3
	return Apply(func(v int) int { return v * k }, 2) // ERROR "func literal does not escape$"
}

func Stored() {
	k := 4
	g = func() int { return k } // ERROR "func literal escapes to heap$"
}

func main() {
	println(Direct(), Passed())
	Stored()
	println(g())
}
