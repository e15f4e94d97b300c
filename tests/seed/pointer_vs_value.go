package main

import "fmt"

// Seed article, the side question: is passing a pointer cheaper than passing a value?
// byValue copies a small struct and allocates nothing; newByPointer returns a pointer, so
// its struct escapes to the heap on every call.
type Vec struct {
	X, Y, Z float64
}

func byValue(v Vec) Vec {
	v.X, v.Y, v.Z = v.X*2, v.Y*2, v.Z*2
	return v
}

func newByPointer(x, y, z float64) *Vec {
	return &Vec{x * 2, y * 2, z * 2}
}

func main() {
	sumV, sumP := 0.0, 0.0
	for i := 0; i < 1000000; i++ {
		f := float64(i % 10)
		v := byValue(Vec{f, f + 1, f + 2})
		sumV += v.X + v.Y + v.Z
		p := newByPointer(f, f+1, f+2)
		sumP += p.X + p.Y + p.Z
	}
	fmt.Println(sumV, sumP, sumV == sumP)
}
