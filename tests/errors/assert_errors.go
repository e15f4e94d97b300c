package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type Point struct{ X int }

func (p *Point) String() string { return strconv.Itoa(p.X) }

func main() {
	var s Stringer = &Point{1}
	p := s.(Point)
	q, ok := s.(*Point)
	n := s.(int)
	var e error
	_ = e.(Stringer)
	fmt.Println(p, q, ok, n)
}
