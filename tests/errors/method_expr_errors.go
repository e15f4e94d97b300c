package main

import "fmt"

type Vec struct{ X, Y float64 }

func (v Vec) Add(w Vec) Vec { return Vec{v.X + w.X, v.Y + w.Y} }

func main() {
	add := Vec.Add
	fmt.Println(add(Vec{1, 2}))
	fmt.Println(Vec.Add(Vec{}, 3))
	fmt.Println(Vec.Sub)
	var v Vec
	fmt.Println(v.Add)
	v.Add = nil
}
