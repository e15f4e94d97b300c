// Method values x.M: a closure holding the receiver.  It stays on the stack
// unless the func value escapes; the receiver flows where the method leaks
// it, and the method's results are assumed to reach the heap.

package main

type Counter struct{ n int }

func (c *Counter) Inc()       { c.n++ } // ERROR "c does not escape$"
func (c Counter) Get() int    { return c.n }
func (c *Counter) Self() *Counter { return c } // ERROR "leaking param: c to result ~r0 level=0$"

type Getter interface{ Get() int }

type Named struct {
	Counter
	name string
}

var sink func()
var sinkGet func() int

func call(f func()) { f() } // ERROR "f does not escape$"

func keep(f func()) { sink = f } // ERROR "leaking param: f$"

func local() int {
	c := Counter{}
	inc := c.Inc // ERROR "c\.Inc does not escape$"
	inc()
	inc()
	return c.Get()
}

func escapes() {
	c := &Counter{} // ERROR "&Counter\{\} escapes to heap$"
	keep(c.Inc) // ERROR "c\.Inc escapes to heap$"
}

func stored() {
	var c Counter
	sinkGet = c.Get // ERROR "c\.Get escapes to heap$"
}

func selfValue() *Counter {
	c := &Counter{} // ERROR "&Counter\{\} escapes to heap$"
	f := c.Self // ERROR "c\.Self does not escape$"
	return f()
}

func viaInterface(g Getter) int { // ERROR "leaking param: g$"
	f := g.Get // ERROR "g\.Get does not escape$"
	return f()
}

func promoted() int {
	n := Named{name: "x"}
	f := n.Inc // ERROR "n\.Counter\.Inc does not escape$"
	f()
	return n.n
}

func inLoop() int {
	total := 0
	for i := 0; i < 3; i++ {
		c := Counter{i}
		f := c.Get // ERROR "c\.Get does not escape$"
		total += f()
	}
	return total
}

func returned() func() int {
	c := Counter{5}
	return c.Get // ERROR "c\.Get escapes to heap$"
}

func main() {
	println(local())
	escapes()
	stored()
	println(selfValue().n)
	println(viaInterface(Counter{2})) // ERROR "Counter\{\.\.\.\} escapes to heap$"
	println(promoted(), inLoop(), returned()())
	var c Counter
	call(c.Inc) // ERROR "c\.Inc does not escape$"
	println(c.n)
}
