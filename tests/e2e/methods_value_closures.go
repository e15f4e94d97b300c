// Method values whose closures escape analysis keeps on the stack, and ones
// that must outlive their frame (stored in globals, returned).

package main

type Counter struct{ n int }

func (c *Counter) Inc()       { c.n++ }
func (c Counter) Get() int    { return c.n }
func (c *Counter) Self() *Counter { return c }

type Getter interface{ Get() int }

type Named struct {
	Counter
	name string
}

var sink func()
var sinkGet func() int

func call(f func()) { f() }

func keep(f func()) { sink = f }

func local() int {
	c := Counter{}
	inc := c.Inc
	inc()
	inc()
	return c.Get()
}

func escapes() {
	c := &Counter{}
	keep(c.Inc)
}

func stored() {
	var c Counter
	sinkGet = c.Get
}

func selfValue() *Counter {
	c := &Counter{}
	f := c.Self
	return f()
}

func viaInterface(g Getter) int {
	f := g.Get
	return f()
}

func promoted() int {
	n := Named{name: "x"}
	f := n.Inc
	f()
	return n.n
}

func inLoop() int {
	total := 0
	for i := 0; i < 3; i++ {
		c := Counter{i}
		f := c.Get
		total += f()
	}
	return total
}

func returned() func() int {
	c := Counter{5}
	return c.Get
}

func main() {
	println(local())
	escapes()
	stored()
	println(selfValue().n)
	println(viaInterface(Counter{2}))
	println(promoted(), inLoop(), returned()())
	var c Counter
	call(c.Inc)
	println(c.n)
}
