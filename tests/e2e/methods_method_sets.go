package main

import "fmt"

// Method sets: T has the value methods, *T has both; what can be stored in an interface.

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Scaler interface {
	Scale(f float64)
}

type ScalableShape interface {
	Shape
	Scaler
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r *Rect) Scale(f float64)   { r.W *= f; r.H *= f }

type Square struct{ S float64 }

func (s *Square) Area() float64      { return s.S * s.S }
func (s *Square) Perimeter() float64 { return 4 * s.S }
func (s *Square) Scale(f float64)    { s.S *= f }

func report(label string, s Shape) {
	fmt.Printf("%-8s %-14T area=%6.2f perim=%6.2f\n", label, s, s.Area(), s.Perimeter())
}

func grow(ss []ScalableShape, f float64) {
	for _, s := range ss {
		s.Scale(f)
	}
}

func main() {
	r := Rect{3, 4}
	report("rect", r)   // value in interface: copy
	report("&rect", &r) // pointer: *Rect has Area too
	sq := &Square{2}
	report("square", sq)

	shapes := []ScalableShape{&r, sq, &Rect{1, 1}}
	grow(shapes, 2)
	for i, s := range shapes {
		report(fmt.Sprint("s", i), s)
	}
	fmt.Println(r, *sq)

	var s Shape = r
	r.W = 100
	fmt.Println(s.Area(), r.Area()) // interface holds the old copy

	_, ok := s.(Scaler)
	fmt.Println("Rect value is Scaler:", ok)
	s = &r
	sc, ok := s.(Scaler)
	fmt.Println("*Rect is Scaler:", ok)
	sc.Scale(0.5)
	fmt.Println(r)

	var total float64
	for _, sh := range []Shape{Rect{1, 2}, &Rect{3, 4}, &Square{5}} {
		total += sh.Area()
	}
	fmt.Println("total area", total)

	// method value on an interface
	area := s.Area
	r.H = 1
	fmt.Println(area())
}
