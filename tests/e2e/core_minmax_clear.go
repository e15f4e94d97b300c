package main

import (
	"fmt"
	"math"
)

// min and max builtins over ints, floats (NaN and signed zeros), strings and mixed constants; clear.

type Score int

func clamp(v, lo, hi int) int { return min(max(v, lo), hi) }

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1, -7))
	fmt.Println(min(2.5, 1), max(1, 2.5), min(1, 2.0))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"), min("", "a"))
	var a, b int8 = -100, 100
	fmt.Println(min(a, b), max(a, b))
	var u1, u2 uint = 7, 3
	fmt.Println(min(u1, u2), max(u1, u2, 5))
	fmt.Println(min(Score(7), Score(3)), max(Score(1), 9))

	nan := math.NaN()
	fmt.Println(min(nan, 1), max(1, nan), min(1, 2, nan), max(math.Inf(-1), 0))
	negZero := math.Copysign(0, -1)
	fmt.Println(math.Signbit(min(0.0, negZero)), math.Signbit(max(negZero, 0.0)))
	fmt.Println(min(math.Inf(1), 1e308), max(math.Inf(-1), -1e308))

	for _, v := range []int{-5, 0, 5, 10, 15} {
		fmt.Print(clamp(v, 0, 10), " ")
	}
	fmt.Println()

	const c = min(1, 2.5, 'a')
	const s = max("x", "xy")
	fmt.Println(c, s)

	xs := []float64{3.5, -1, 8, 2}
	lo, hi := xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	fmt.Println(lo, hi)

	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	m["c"] = 3
	fmt.Println(m)

	sl := []int{1, 2, 3, 4, 5}
	sub := sl[1:3]
	clear(sub)
	fmt.Println(sl, len(sub))
	type P struct {
		N string
		V []int
	}
	ps := []P{{"a", []int{1}}, {"b", nil}}
	clear(ps)
	fmt.Printf("%+v\n", ps)
	var nilS []int
	clear(nilS)
	fmt.Println(nilS == nil)
	arr := [3]int{1, 2, 3}
	clear(arr[:])
	fmt.Println(arr)
}
