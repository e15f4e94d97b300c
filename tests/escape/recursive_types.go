// Defined types whose underlying type is another defined type still being
// resolved (type T2 T1 while T1's struct refers to *T2): their literals are
// allocation sites like any other (regression: the checker once lost them).
package main

type T1 struct {
	Next *T2
}

type T2 T1

type T3 struct {
	Next *T4
}

type T4 T5
type T5 T3

func Link() *T2 {
	return &T2{Next: &T2{}} // ERROR "&T2\{\.\.\.\} escapes to heap$" "&T2\{\} escapes to heap$"
}

func Chain() int {
	c := &T4{Next: &T4{}} // ERROR "&T4\{\.\.\.\} does not escape$" "&T4\{\} does not escape$"
	n := 0
	for p := c; p != nil; p = p.Next {
		n++
	}
	return n
}

func main() {
	println(Link().Next != nil, Chain())
}
