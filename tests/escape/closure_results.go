// Named results captured by closures: every return assigns them, so they
// are captured by reference (gc's -m=2 says "capturing by ref"), and move to
// the heap only when the closure escapes.

package main

var keep func() int

func deferred(x int) (n int) {
	defer func() { n++ }() // ERROR "func literal does not escape$"
	return x
}

func bareReturn() (n int) {
	defer func() { println(n) }() // ERROR "func literal does not escape$"
	n = 3
	return
}

func escaping() (n int) { // ERROR "moved to heap: n$"
	keep = func() int { return n } // ERROR "func literal escapes to heap$"
	return 4
}

func unnamed(x int) int {
	y := x
	f := func() int { return y } // ERROR "func literal does not escape$"
	return f()
}

func main() {
	println(deferred(1), bareReturn(), escaping(), keep(), unnamed(2))
}
