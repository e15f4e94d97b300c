// Structs: gc does not tell fields apart; a struct holding a pointer is one
// location.

package escape

type T struct {
	a *int
	b *int
}

var sink *int

// BAD: y need not move to the heap: only t.a is stored in sink, but gc
// does not tell the fields of t apart.
func Fields() int {
	x, y := 1, 2 // ERROR "moved to heap: x$" "moved to heap: y$"
	t := T{a: &x, b: &y}
	sink = t.a
	return *t.b
}

func AddrLit() *T {
	return &T{} // ERROR "&T\{\} escapes to heap$"
}

func AddrLitLocal() int {
	t := &T{} // ERROR "&T\{\} does not escape$"
	x := 3 // ERROR "moved to heap: x$"
	t.a = &x
	return *t.a
}

func ValueLit() T {
	z := 4 // ERROR "moved to heap: z$"
	return T{a: &z}
}

func Nested() int {
	v := 5
	u := struct {
		t T
	}{T{a: &v}}
	return *u.t.a
}
