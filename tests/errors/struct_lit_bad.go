package main

import "fmt"

type Point struct {
	X, Y int
	Name string
}

func main() {
	a := Point{X: 1, Z: 2}
	b := Point{1, 2}
	c := Point{1, 2, "c", 4}
	d := Point{X: 1, 2}
	e := Point{X: 1, X: 2}
	fmt.Println(a, b, c, d, e)
}
