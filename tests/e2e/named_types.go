package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type ID int
type Name string
type Grid [2][2]int
type IntList []int
type Pair struct{ A, B int }
type PairPtr *Pair
type Op func(int) int

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func sumList(l IntList) int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

// Named types: conversions, printing with %T, underlying operations.
func main() {
	c := Celsius(100)
	f := CToF(c)
	fmt.Println(c, f)
	fmt.Printf("%T %T %v\n", c, f, CToF(-40))
	var id ID = 7
	id *= 6
	fmt.Println(id, int(id)+1)
	n := Name("gopher")
	fmt.Println(n, len(n), n[0], n+"s", string(n) == "gopher")
	var g Grid
	g[1][0] = 3
	h := g
	h[0][0] = 1
	fmt.Println(g, h)
	l := IntList{1, 2, 3}
	l = append(l, 4)
	fmt.Println(l, sumList(l), len(l))
	fmt.Println(sumList([]int{5, 5}))
	p := Pair{1, 2}
	var pp PairPtr = &p
	pp.A = 10
	fmt.Println(p)
	var op Op = func(x int) int { return x * x }
	fmt.Println(op(9))
	fmt.Printf("%T %T %T %T %T %T\n", id, n, g, l, p, op)
	type Local int
	var lc Local = 3
	fmt.Printf("%T %v\n", lc, lc)
	var raw float64 = float64(c) / 3
	fmt.Println(raw)
}
