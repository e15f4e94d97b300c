// Parameter summaries: a parameter flowing to a result is reported with the
// number of dereferences on the way (level).

package escape

type Node struct {
	next *Node
	val  *int
}

func Identity(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

func Next(n *Node) *Node { // ERROR "leaking param: n to result ~r0 level=1$"
	return n.next
}

func Val(n *Node) *int { // ERROR "leaking param: n to result ~r0 level=2$"
	return n.next.val
}

func Pair(a, b *int) (*int, *int) { // ERROR "leaking param: a to result ~r1 level=0$" "leaking param: b to result ~r0 level=0$"
	return b, a
}

func Named(p *int) (r *int) { // ERROR "leaking param: p to result r level=0$"
	r = p
	return
}

func Caller() int {
	x := 1
	return *Identity(&x)
}

func CallerEscapes() *int {
	y := 2 // ERROR "moved to heap: y$"
	return Identity(&y)
}
