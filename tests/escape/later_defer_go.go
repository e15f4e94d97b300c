// defer and go (issue 4): deferred calls at top level keep their arguments on
// the stack; go statements send everything to the heap.

package main

func Deferred() int {
	x := 1
	defer func() { // ERROR "func literal does not escape$"
		x++
	}()
	return x
}

func InLoop() {
	for i := 0; i < 2; i++ {
		y := i
		defer func() { // ERROR "func literal escapes to heap$"
			println(y)
		}()
	}
}

func Go() {
	z := 1
	go func() { // ERROR "func literal escapes to heap$"
		println(z)
	}()
}

func main() {
	println(Deferred())
	InLoop()
	Go()
}
