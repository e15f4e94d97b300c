// Loop depth: an address stored in a variable declared outside the loop
// outlives the iteration that took it.

package escape

func Outside() int {
	var p *int
	for i := 0; i < 3; i++ {
		x := i // ERROR "moved to heap: x$"
		p = &x
	}
	return *p
}

func Inside() int {
	n := 0
	for i := 0; i < 3; i++ {
		x := i
		p := &x
		n += *p
	}
	return n
}

func NewInLoop() int {
	var p *int
	for i := 0; i < 3; i++ {
		p = new(int) // ERROR "new\(int\) escapes to heap$"
	}
	return *p
}

func NewInLoopLocal() int {
	n := 0
	for i := 0; i < 3; i++ {
		p := new(int) // ERROR "new\(int\) does not escape$"
		*p = i
		n += *p
	}
	return n
}

func Range(xs []int) int { // ERROR "xs does not escape$"
	var last *int
	for _, x := range xs { // ERROR "moved to heap: x$"
		last = &x
	}
	return *last
}
