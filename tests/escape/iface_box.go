// Boxing: a non-pointer value converted to interface{} gets its own storage,
// which escapes only when the interface does.

package escape

var sink interface{}

type Point struct {
	X, Y int
}

func Local() bool {
	x := 1
	var i interface{} = x // ERROR "1 does not escape$"
	return i != nil
}

func Stored(x int) {
	sink = x // ERROR "x escapes to heap$"
}

func StoredPointer(p *int) { // ERROR "leaking param: p$"
	sink = p
}

func StoredStruct() {
	pt := Point{1, 2}
	sink = pt // ERROR "pt escapes to heap$"
}

func Returned(s string) interface{} { // ERROR "leaking param: s$"
	return s // ERROR "s escapes to heap$"
}

func Constant() {
	sink = 42 // ERROR "42 escapes to heap$"
}

func Param(v interface{}) interface{} { // ERROR "leaking param: v to result ~r0 level=0$"
	return v
}

func PassThrough() {
	x := 5
	_ = Param(x) // ERROR "5 does not escape$"
}
