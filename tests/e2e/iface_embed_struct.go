package main

import "fmt"

type Logger interface {
	Log(msg string)
	Count() int
}

type ConsoleLogger struct {
	prefix string
	n      int
}

func (c *ConsoleLogger) Log(msg string) {
	c.n++
	fmt.Println(c.prefix + msg)
}
func (c *ConsoleLogger) Count() int { return c.n }

// Service embeds an interface: its methods are promoted through the field.
type Service struct {
	Logger
	name string
}

func (s Service) Run() {
	s.Log("running " + s.name)
}

type Big struct {
	a, b, c, d, e, f, g, h int
	label              string
}

func (b Big) Sum() int { return b.a + b.b + b.c + b.d + b.e + b.f + b.g + b.h }
func (b *Big) Scale(k int) {
	b.a *= k
	b.h *= k
}
func (b Big) String() string { return fmt.Sprintf("Big(%s:%d)", b.label, b.Sum()) }

type Summer interface{ Sum() int }

type Counter int

func (c *Counter) Inc() { *c++ }

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Len() int { return len(s) }

type Lener interface{ Len() int }

type Walker interface{ Walk() string }
type Runner interface{ Run() string }
type Athlete interface {
	Walker
	Runner
}
type Person struct{ name string }

func (p Person) Walk() string { return p.name + " walks" }
func (p Person) Run() string  { return p.name + " runs" }

func main() {
	cl := &ConsoleLogger{prefix: "> "}
	s := Service{cl, "svc"}
	s.Run()
	s.Log("direct")
	fmt.Println(s.Count(), cl.n)
	var l Logger = s
	l.Log("through iface")
	fmt.Println(l.Count())
	logf := s.Log
	logf("method value of promoted iface method")
	fmt.Println(cl.Count())

	b := Big{1, 2, 3, 4, 5, 6, 7, 8, "x"}
	fmt.Println(b.Sum(), b)
	b.Scale(10)
	fmt.Println(b.Sum())
	var sm Summer = b
	b.a = 0
	fmt.Println(sm.Sum(), b.Sum())
	sf := b.Sum
	b.b = 0
	fmt.Println(sf(), b.Sum())
	bs := []Summer{b, &b, Big{label: "z", h: 1}}
	for _, x := range bs {
		fmt.Println(x.Sum())
	}
	fmt.Printf("%v %s\n", bs[0], bs[1])

	var c Counter
	c.Inc()
	c.Inc()
	inc := c.Inc
	inc()
	fmt.Println(c)

	var st Stack
	st.Push(1)
	st.Push(2)
	st.Push(3)
	fmt.Println(st.Pop(), st.Len(), st)
	var ln Lener = st
	fmt.Println(ln.Len())
	ln = &st
	fmt.Println(ln.Len())

	var a Athlete = Person{"ann"}
	fmt.Println(a.Walk(), a.Run())
	var w Walker = a
	fmt.Println(w.Walk())
	if r, ok := w.(Runner); ok {
		fmt.Println(r.Run())
	}
	if _, ok := w.(Athlete); ok {
		fmt.Println("athlete")
	}
	var e interface{} = w
	switch v := e.(type) {
	case Athlete:
		fmt.Println("athlete switch", v.Run())
	case Walker:
		fmt.Println("walker", v.Walk())
	}
	fmt.Println(a == Person{"ann"}, w == a, e == w)
}
