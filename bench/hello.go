// hello: the small program jit_startup.sh starts, to time start-up rather
// than work: a few functions, a slice, a struct, formatted output.
package main

import (
	"fmt"
	"os"
)

type Point struct {
	X, Y int
}

func scale(ps []Point, k int) []Point {
	out := make([]Point, 0, len(ps))
	for _, p := range ps {
		out = append(out, Point{p.X * k, p.Y * k})
	}
	return out
}

func main() {
	ps := scale([]Point{{1, 2}, {3, 4}}, 10)
	fmt.Println("hello from", len(os.Args), "args:", ps)
	total := 0
	for i := 0; i < 1000; i++ {
		total += i * i
	}
	fmt.Printf("sum of squares: %d\n", total)
}
