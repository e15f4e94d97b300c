// Recursion: functions of one strongly connected component of the call graph
// are analysed together, before their callers.

package escape

var sink *int

// BAD: p flows only to results, but within a batch of mutually recursive
// functions gc sees it reach another function's result and calls it a leak.
func Even(n int, p *int) *int { // ERROR "leaking param: p$"
	if n == 0 {
		return p
	}
	return Odd(n-1, p)
}

func Odd(n int, p *int) *int { // ERROR "leaking param: p$"
	if n == 0 {
		return nil
	}
	return Even(n-1, p)
}

func Leak(n int, p *int) { // ERROR "leaking param: p$"
	if n == 0 {
		sink = p
		return
	}
	Leak(n-1, p)
}

func Fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * Fact(n-1)
}

func Use() int {
	x := 1 // ERROR "moved to heap: x$"
	y := 2 // ERROR "moved to heap: y$"
	Leak(1, &y)
	return *Even(4, &x)
}
