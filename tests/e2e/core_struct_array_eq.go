package main

import "fmt"

// == and != on structs and arrays (nested, with strings, floats, pointers, interfaces);
// comparable types as keys; func values only against nil.

type Point struct{ X, Y int }
type Line struct{ A, B Point }
type Labeled struct {
	Name string
	P    *Point
	Tag  interface{}
}
type Grid [2][3]int
type Pix struct {
	R, G, B uint8
	Alpha   float32
}

func main() {
	p1, p2, p3 := Point{1, 2}, Point{1, 2}, Point{2, 1}
	fmt.Println(p1 == p2, p1 == p3, p1 != p3)
	l1 := Line{p1, p3}
	l2 := Line{Point{1, 2}, Point{2, 1}}
	fmt.Println(l1 == l2, l1 == Line{p3, p1})

	shared := &Point{5, 5}
	a := Labeled{"a", shared, 1}
	b := Labeled{"a", shared, 1}
	c := Labeled{"a", &Point{5, 5}, 1}
	d := Labeled{"a", shared, int64(1)}
	fmt.Println(a == b, a == c, a == d, *a.P == *c.P)

	var g1, g2 Grid
	fmt.Println(g1 == g2)
	g1[1][2] = 7
	fmt.Println(g1 == g2, g1 != g2)
	g2 = g1
	fmt.Println(g1 == g2)
	g2[0][0]++
	fmt.Println(g1 == g2, g1, g2)

	arrS := [3]string{"a", "b", "c"}
	fmt.Println(arrS == [3]string{"a", "b", "c"}, arrS == [...]string{"a", "b", "d"})

	nan := float32(0)
	nan /= nan
	px1 := Pix{1, 2, 3, nan}
	px2 := px1
	fmt.Println(px1 == px2, px1 == px1, Pix{1, 2, 3, 0.5} == Pix{1, 2, 3, 0.5})
	arrF := [2]float64{1, float64(nan)}
	fmt.Println(arrF == arrF)

	negz := Pix{Alpha: 0}
	negz2 := Pix{Alpha: -negz.Alpha}
	fmt.Println(negz == negz2)

	// anonymous structs are comparable with identical named ones' underlying types
	anon := struct{ X, Y int }{1, 2}
	fmt.Println(anon == p1, Point(anon) == p1)

	// empty structs and zero-length arrays
	fmt.Println(struct{}{} == struct{}{}, [0]int{} == [0]int{})

	// struct with embedded struct
	type Named struct {
		Point
		Name string
	}
	fmt.Println(Named{Point{1, 1}, "x"} == Named{Point{1, 1}, "x"}, Named{} == Named{Name: ""})

	// arrays of interfaces and structs as map keys
	counts := map[Line]int{}
	counts[l1]++
	counts[l2]++
	counts[Line{}]++
	fmt.Println(len(counts), counts[Line{p1, p3}])

	// func values can only be compared with nil
	var f func(int) int
	fmt.Println(f == nil)
	f = func(x int) int { return x + 1 }
	fmt.Println(f != nil, f(1))
	handlers := map[string]func(){"a": func() {}, "b": nil}
	for _, k := range []string{"a", "b", "c"} {
		h, ok := handlers[k]
		fmt.Println(k, ok, h == nil)
	}
	type WithFunc struct {
		F func()
	}
	w := WithFunc{}
	fmt.Println(w.F == nil)

	// comparing arrays element by element vs ==
	x := [5]int{1, 2, 3, 4, 5}
	y := x
	y[4] = 6
	same := true
	for i := range x {
		if x[i] != y[i] {
			same = false
		}
	}
	fmt.Println(same, x == y)
}
