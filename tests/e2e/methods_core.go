package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int      { return p.X + p.Y }
func (p *Point) Scale(k int)  { p.X *= k; p.Y *= k }
func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Animal struct{ Name string }

func (a *Animal) Speak() string { return a.Name + " speaks" }

type Dog struct {
	*Animal
	Breed string
}

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }

type Derived struct {
	Base
	Extra string
}

func main() {
	p := Point{1, 2}
	fmt.Println(p.Sum())
	p.Scale(3)
	fmt.Println(p.Sum(), p)
	pp := &p
	fmt.Println(pp.Sum())
	pp.Scale(2)
	fmt.Println(p.X, p.Y)
	f := p.Sum
	p.X = 100
	fmt.Println(f())
	g := pp.Scale
	g(10)
	fmt.Println(p)
	h := Point.Sum
	fmt.Println(h(Point{5, 6}))
	fmt.Println(Celsius(100).F())
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
	}
	var s Shape = Rect{1, 1}
	if r, ok := s.(Rect); ok {
		fmt.Println("rect", r.W)
	}
	_, ok := s.(*Circle)
	fmt.Println(ok)
	var st fmt.Stringer = p
	fmt.Println(st.String())
	d := Dog{&Animal{"rex"}, "lab"}
	fmt.Println(d.Speak(), d.Name)
	dd := Derived{Base{7}, "x"}
	fmt.Println(dd.Describe(), dd.ID)
	var e interface{ Describe() string } = dd
	fmt.Println(e.Describe())
	m := s.Area
	fmt.Println(m())
	switch v := s.(type) {
	case *Circle:
		fmt.Println("circle", v.R)
	case Rect, nil:
		fmt.Println("rect or nil", v)
	}
	var any interface{} = 3
	switch x := any.(type) {
	case string:
		fmt.Println("string", x)
	case int:
		fmt.Println("int", x+1)
	default:
		fmt.Println("other")
	}
	var sh interface{} = &Circle{2}
	if s2, ok := sh.(Shape); ok {
		fmt.Println(s2.Area())
	}
	fmt.Printf("%v %s\n", p, p)
}
