package main

import "fmt"

// var declarations, zero values, package-level variables and their initialisation order.
var counter int
var greeting = "hi"
var a, b, c = 1, "two", 3.0
var (
	total = sum(values)
	values = []int{1, 2, 3, 4}
)

type Point struct {
	X, Y int
}

var origin Point
var grid [3][3]int

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func bump() int {
	counter++
	return counter
}

func main() {
	var i int
	var f float64
	var s string
	var t bool
	var p *int
	var sl []int
	var arr [4]byte
	var e interface{}
	fmt.Println(i, f, s == "", t, p == nil, sl == nil, len(sl), arr, e == nil, e)
	fmt.Printf("%q %v %v\n", s, origin, grid)
	fmt.Println(greeting, a, b, c, total)
	bump()
	bump()
	fmt.Println(counter, bump())
	x, y := 10, 20
	x, y = y, x
	fmt.Println(x, y)
	var m, n = 1.5, 2
	fmt.Println(m, n)
	q := &counter
	*q += 100
	fmt.Println(counter)
	grid[1][1] = 5
	origin.Y = -3
	fmt.Println(grid, origin)
	// Redeclaration in := with at least one new variable.
	x, z := 7, 8
	fmt.Println(x, z)
	// Shadowing in an inner scope.
	{
		x := "shadow"
		fmt.Println(x)
	}
	fmt.Println(x)
	var _ = bump()
	_ = bump()
	fmt.Println(counter)
}
