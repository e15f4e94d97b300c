package main

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}

func (A) M() {}
func (B) M() {}

func main() {
	var c C
	_ = c.X
	c.M()
}
