// Methods (issue 4): receivers are parameters like any other.

package main

type T struct {
	p *int
}

func (t *T) Get() *int { // ERROR "leaking param: t to result ~r0 level=1$"
	return t.p
}

func (t T) Addr() *int { // ERROR "leaking param: t to result ~r0 level=0$"
	return t.p
}

func (t *T) Self() *T { // ERROR "leaking param: t to result ~r0 level=0$"
	return t
}

func (t *T) Set(p *int) { // ERROR "t does not escape$" "leaking param: p$"
	t.p = p
}

func main() {
	x := 1 // ERROR "moved to heap: x$"
	t := &T{} // ERROR "&T\{\} does not escape$"
	t.Set(&x)
	println(*t.Get(), *t.Self().Addr())
}
