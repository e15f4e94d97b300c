// Type assertions take values back out of interfaces.
//
// Known difference, recorded openly: the -m lines (decisions and positions)
// equal gc's, but for a comma-ok assertion gc's -m=2 explains the flow through
// its temporaries (".autotmp_3, .autotmp_4 := i.(*int)", "assign-pair-dot-type")
// where gosub shows one direct "p, ok := i.(*int)" step.  This file therefore
// has no .gc2 file: only its -m=1 output is compared with gc's.

package escape

var sink *int

func Assert(i interface{}) int { // ERROR "i does not escape$"
	return i.(int)
}

func AssertPtr(i interface{}) *int { // ERROR "leaking param: i to result ~r0 level=0$"
	return i.(*int)
}

func AssertOk(i interface{}) { // ERROR "leaking param: i$"
	if p, ok := i.(*int); ok {
		sink = p
	}
}

func Switch(i interface{}) int { // ERROR "i does not escape$"
	switch v := i.(type) {
	case int:
		return v
	case string:
		return len(v)
	}
	return 0
}

func Roundtrip() int {
	x := 7
	var i interface{} = &x
	return *i.(*int)
}
