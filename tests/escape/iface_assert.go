// Type assertions take values back out of interfaces.

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
