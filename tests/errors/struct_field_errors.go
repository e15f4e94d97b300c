package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{1, 2}
	p.X = "one"
	var q *Point
	q.Z = 3
	pp := &p
	(*pp).Y = 1.5
	fmt.Println(p.X.Y)
	Point.X = 4
}
