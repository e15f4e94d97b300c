// Found by fuzz_compile (seed: an escape test), escape/graph.c:52 abort() in hole_shift:
// & of a literal of a defined type whose underlying type is another defined type
// still being resolved.  Fixed in the checker; kept so that it stays fixed.
package main

type T1 struct {
	Next *T2
}

type T2 T1

func Link() *T2 {
	return &T2{Next: &T2{}}
}

func main() {
	println(Link().Next != nil)
}
