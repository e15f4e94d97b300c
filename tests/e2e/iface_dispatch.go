package main

import (
	"fmt"
	"math"
	"sort"
)

// Dynamic dispatch through interfaces: a zoo of shapes sorted by area, with a polymorphic visitor.

type Shape interface {
	Area() float64
	Name() string
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }
type Poly struct {
	pts [][2]float64
}

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (c Circle) Name() string  { return "circle" }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string {
	if r.W == r.H {
		return "square"
	}
	return "rect"
}

func (t Triangle) Area() float64 {
	s := (t.A + t.B + t.C) / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Name() string { return "triangle" }

func (p *Poly) Area() float64 {
	sum := 0.0
	n := len(p.pts)
	for i := range n {
		j := (i + 1) % n
		sum += p.pts[i][0]*p.pts[j][1] - p.pts[j][0]*p.pts[i][1]
	}
	return math.Abs(sum) / 2
}
func (p *Poly) Name() string { return fmt.Sprintf("poly%d", len(p.pts)) }

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func largest(shapes []Shape) Shape {
	var best Shape
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func main() {
	shapes := []Shape{
		Circle{1},
		Rect{3, 4},
		Triangle{3, 4, 5},
		Rect{2, 2},
		&Poly{pts: [][2]float64{{0, 0}, {4, 0}, {4, 3}, {0, 3}, {-1, 1.5}}},
		Circle{0.5},
	}
	for _, s := range shapes {
		fmt.Printf("%-9s %8.3f\n", s.Name(), s.Area())
	}
	sort.Sort(byArea(shapes))
	fmt.Println("sorted:")
	for i, s := range shapes {
		fmt.Printf("%d %s %.2f\n", i, s.Name(), s.Area())
	}
	l := largest(shapes)
	fmt.Println("largest:", l.Name(), l)
	fmt.Println(largest(nil) == nil)

	counts := map[string]int{}
	var total float64
	for _, s := range shapes {
		counts[s.Name()]++
		total += s.Area()
	}
	fmt.Println(counts)
	fmt.Printf("total %.4f\n", total)

	areaFns := []func() float64{}
	for _, s := range shapes {
		areaFns = append(areaFns, s.Area)
	}
	sum := 0.0
	for _, f := range areaFns {
		sum += f()
	}
	fmt.Printf("via method values %.4f\n", sum)
}
