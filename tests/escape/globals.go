// Stores into package-level variables escape.

package escape

type T struct {
	p *int
}

var gp *int
var gt T
var gs []int
var gf func() int

func StoreAddr() {
	x := 1 // ERROR "moved to heap: x$"
	gp = &x
}

func StoreNew() {
	gp = new(int) // ERROR "new\(int\) escapes to heap$"
}

func StoreField() {
	y := 2 // ERROR "moved to heap: y$"
	gt.p = &y
}

func StoreSlice() {
	gs = make([]int, 4) // ERROR "make\(\[\]int, 4\) escapes to heap$"
}

func StoreParam(p *int) { // ERROR "leaking param: p$"
	gp = p
}

func LoadOnly() int {
	return *gp
}

func StoreLiteral() {
	gt = T{p: new(int)} // ERROR "new\(int\) escapes to heap$"
}
