package main

import "fmt"

type Point struct{ X, Y int }

// Type assertions failing on a nil interface and on a named struct type.
func main() {
	var v interface{} = Point{1, 2}
	p := v.(Point)
	fmt.Println(p)
	var e interface{}
	if _, ok := e.(Point); !ok {
		fmt.Println("comma-ok on nil is fine")
	}
	q := e.(Point)
	fmt.Println("never", q)
}
