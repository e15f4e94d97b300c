// Package-level initialisers run in the package's init function, analysed
// last: what they store in package variables escapes; what they only use
// does not.
//
// gen: no -m=2 golden: gc's notes there name its static temporaries (stmp_0).

package escape

type T struct {
	p *int
}

var buf = make([]byte, 16) // ERROR "make\(\[\]byte, 16\) escapes to heap$"
var t = &T{p: new(int)} // ERROR "new\(int\) escapes to heap$"
var n = count([]int{1, 2, 3}) // ERROR "\[\]int\{\.\.\.\} does not escape$"
var f = func() int { return 1 }
var s = label(4)

func count(xs []int) int { // ERROR "xs does not escape$"
	return len(xs)
}

func label(v int) string {
	return "v"
}
