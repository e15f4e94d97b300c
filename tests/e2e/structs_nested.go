package main

import "fmt"

type Vec struct{ X, Y float64 }

type Rect struct {
	Min, Max Vec
	Label    string
}

type Line struct {
	From, To Vec
}

type Scene struct {
	Name   string
	Rects  [2]Rect
	Lines  []Line
	Border struct {
		Width int
		Color string
	}
}

func area(r Rect) float64 {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func grow(r *Rect, d float64) {
	r.Min.X -= d
	r.Min.Y -= d
	r.Max.X += d
	r.Max.Y += d
}

// Nested structs: field paths, copies of nested values, pointers to inner fields.
func main() {
	r := Rect{Min: Vec{0, 0}, Max: Vec{3, 4}, Label: "r1"}
	fmt.Println(r, area(r))
	fmt.Printf("%+v\n", r)
	grow(&r, 0.5)
	fmt.Println(r, area(r))
	var s Scene
	s.Name = "demo"
	s.Rects[0] = r
	s.Rects[1].Max = Vec{1, 1}
	s.Border.Width = 2
	s.Border.Color = "red"
	s.Lines = append(s.Lines, Line{Vec{0, 0}, Vec{1, 2}})
	fmt.Println(s)
	fmt.Printf("%+v\n", s)
	copyScene := s
	copyScene.Rects[0].Label = "copy"
	copyScene.Lines[0].To.Y = 99
	fmt.Println(s.Rects[0].Label, copyScene.Rects[0].Label, s.Lines[0].To.Y)
	pmax := &s.Rects[1].Max
	pmax.X = 10
	fmt.Println(s.Rects[1], area(s.Rects[1]))
	inner := &s.Border
	inner.Width *= 5
	fmt.Println(s.Border)
	fmt.Println(s.Rects[0].Min == Vec{-0.5, -0.5})
}
