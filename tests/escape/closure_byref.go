// Closures: a reassigned variable is captured by reference; it moves to the
// heap only when the closure outlives the frame.

package main

func Counter() int {
	n := 0
	inc := func() { // ERROR "func literal does not escape$"
		n++
	}
	inc()
	inc()
	return n
}

func Escaping() func() int {
	n := 0 // ERROR "moved to heap: n$"
	return func() int { // ERROR "func literal escapes to heap$"
		n++
		return n
	}
}

func AddrTaken() int {
	x := 1
	p := &x
	f := func() int { // ERROR "func literal does not escape$"
		return x
	}
	*p = 2
	return f()
}

func main() {
	println(Counter(), Escaping()(), AddrTaken())
}
