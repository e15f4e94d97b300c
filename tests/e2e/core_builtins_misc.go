package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

type Grid [2][3]int

type Inner struct{ a, b float64 }
type Outer struct {
	in  Inner
	tag string
	arr [2]bool
}

func apply(f func(int) int, x int) int {
	if f == nil {
		return -1
	}
	return f(x)
}

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1.5), max("b", "a", "c"))
	x, y := 7, -3
	fmt.Println(min(x, y), max(x, y), min(x, 0, y*2))
	zero := 0.0
	nan := zero / zero
	fmt.Println(min(1.0, nan), max(nan, 2.0), min(-0.0, 0.0), max(-0.0, 0.0))
	const c = min(10, 2, 30)
	fmt.Println(c, max(int8(3), 4))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))

	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	m := map[int]string{1: "a", 2: "b"}
	clear(m)
	fmt.Println(len(m), m)

	p1 := P{1, 2, "p"}
	p2 := P{1, 2, "p"}
	p3 := P{1, 3, "p"}
	fmt.Println(p1 == p2, p1 == p3, p1 != p3)
	g1 := Grid{{1, 2, 3}, {4, 5, 6}}
	g2 := g1
	fmt.Println(g1 == g2)
	g2[1][2] = 0
	fmt.Println(g1 == g2, g1 != g2)
	o1 := Outer{Inner{1, 2}, "t", [2]bool{true, false}}
	o2 := o1
	fmt.Println(o1 == o2)
	o2.in.b = nan
	o1.in.b = nan
	fmt.Println(o1 == o2)
	arr := [3]string{"a", "b", "c"}
	fmt.Println(arr == [3]string{"a", "b", "c"}, arr == [3]string{"a", "b", "x"})
	var ip1, ip2 any = p1, p2
	fmt.Println(ip1 == ip2)

	var f func(int) int
	fmt.Println(f == nil, apply(f, 2))
	f = func(n int) int { return n * n }
	fmt.Println(f != nil, apply(f, 5))

	for i := range 3 {
		defer func() { fmt.Print(i, " ") }()
	}
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, g := range fs {
		fmt.Print(g(), ",")
	}
	fmt.Println()
	x2 := 1
	{
		x2 := 2
		x2++
		_ = x2
	}
	if x2 := 5; x2 > 3 {
		fmt.Println("inner", x2)
	}
	fmt.Println("outer", x2)
}
