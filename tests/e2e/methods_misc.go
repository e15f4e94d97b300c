package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec      { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k int) Vec    { return Vec{v.X * k, v.Y * k} }
func (v *Vec) Move(dx, dy int)   { v.X += dx; v.Y += dy }
func (v Vec) Parts() (int, int)  { return v.X, v.Y }
func (v *Vec) Set(x, y int) *Vec { v.X, v.Y = x, y; return v }

type A struct{ n int }

func (a *A) Inc() int { a.n++; return a.n }

type B struct{ A }
type C struct {
	*B
	tag string
}

type Grid struct {
	cells [3]Vec
}

func (g *Grid) At(i int) *Vec { return &g.cells[i] }

func pair() (int, int) { return 2, 3 }

type Adder interface{ Add(Vec) Vec }
type Mover interface{ Move(int, int) }

func apply(fs []func(int) Vec, k int) []Vec {
	var out []Vec
	for _, f := range fs {
		out = append(out, f(k))
	}
	return out
}

func main() {
	v := Vec{1, 2}
	w := v.Add(Vec{10, 20}).Scale(2)
	fmt.Println(v, w)
	x, y := w.Parts()
	fmt.Println(x, y)
	v.Move(pair())
	fmt.Println(v)
	v.Set(7, 8).Move(1, 1)
	fmt.Println(v)
	vs := []Vec{{1, 1}, {2, 2}}
	vs[1].Move(5, 5)
	fmt.Println(vs)
	g := &Grid{}
	g.At(2).Move(3, 4)
	g.cells[0].Move(1, 0)
	fmt.Println(g.cells)
	c := C{&B{A{10}}, "t"}
	fmt.Println(c.Inc(), c.Inc(), c.n, c.A.n, c.B.A.n)
	inc := c.Inc
	inc()
	fmt.Println(c.n)
	fs := []func(int) Vec{v.Scale, Vec{1, 0}.Scale, (Vec{0, 1}).Scale}
	fmt.Println(apply(fs, 3))
	var ad Adder = v
	fmt.Println(ad.Add(Vec{1, 1}))
	var mv Mover = &v
	mv.Move(100, 100)
	fmt.Println(v, ad)
	var mv2 Mover
	_, ok := mv2.(*Vec)
	fmt.Println(ok, mv2 == nil)
	var e interface{} = mv
	m3, ok := e.(Mover)
	fmt.Println(ok, m3 != nil)
	_, ok = e.(Adder)
	fmt.Println(ok)
	var e2 interface{}
	_, ok = e2.(Adder)
	fmt.Println(ok)
	var ad2 Adder
	var e3 interface{} = ad2
	fmt.Println(e3 == nil)
	for i := 0; i < 3; i++ {
		switch t := e.(type) {
		case fmt.Stringer, error:
			fmt.Println("stringer or error", t)
		case Mover:
			t.Move(i, i)
			fmt.Println("mover", v)
		}
	}
	type pt struct{ Vec }
	p := pt{Vec{4, 4}}
	fmt.Println(p.Add(Vec{1, 1}), p.X)
	pp := &p
	pp.Move(1, 2)
	fmt.Println(p, pp.Vec.Scale(2))
}
