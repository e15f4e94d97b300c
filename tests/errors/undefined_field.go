package main

import "fmt"

type Point struct {
	X, Y int
}

func (p Point) Len() int { return p.X + p.Y }

func main() {
	p := Point{1, 2}
	fmt.Println(p.Z)
	fmt.Println(p.Length())
	q := &p
	q.x = 3
}
