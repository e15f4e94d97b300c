package main

import (
	"fmt"
	"sort"
	"strings"
)

// Interface-typed keys: dynamic type is part of the key; uncomparable dynamic types panic.

type Color int
type Shape interface{ Sides() int }
type Tri struct{ A, B, C int }
type Sq struct{ S int }

func (Tri) Sides() int { return 3 }
func (Sq) Sides() int  { return 4 }

func tryInsert(m map[interface{}]int, k interface{}) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("insert", fmt.Sprintf("%T", k), "panicked:", r)
		}
	}()
	m[k] = 1
	fmt.Println("inserted", k)
}

func tryLookup(m map[interface{}]int, k interface{}) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("lookup panicked:", r)
		}
	}()
	v, ok := m[k]
	fmt.Println("lookup", v, ok)
}

func main() {
	m := map[interface{}]int{}
	m[1] = 10
	m[int64(1)] = 20
	m[uint8(1)] = 30
	m[1.0] = 40
	m["1"] = 50
	m[Color(1)] = 60
	m[true] = 70
	m[[1]int{1}] = 80
	m[struct{ X int }{1}] = 90
	m[nil] = 100
	fmt.Println(len(m))
	fmt.Println(m[1], m[int64(1)], m[uint8(1)], m[1.0], m["1"], m[Color(1)], m[true], m[[1]int{1}], m[struct{ X int }{1}], m[nil])
	_, ok := m[int32(1)]
	fmt.Println(ok)

	var lines []string
	for k, v := range m {
		lines = append(lines, fmt.Sprintf("%T=%v:%d", k, k, v))
	}
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, " "))

	tryInsert(m, []int{1})
	tryInsert(m, map[string]int{})
	tryInsert(m, func() {})
	tryInsert(m, struct{ S []int }{})
	tryInsert(m, [1]interface{}{[]int{}})
	tryInsert(m, "fine")
	tryLookup(m, []string{"x"})
	tryLookup(m, "fine")
	fmt.Println(len(m))

	shapes := map[Shape]string{Tri{3, 4, 5}: "right", Sq{2}: "small", Tri{1, 1, 1}: "equilateral"}
	shapes[Sq{2}] = "small square"
	fmt.Println(len(shapes), shapes[Tri{3, 4, 5}], shapes[Sq{2}], shapes[Sq{3}] == "")
	bySides := map[int][]string{}
	for s, name := range shapes {
		bySides[s.Sides()] = append(bySides[s.Sides()], name)
	}
	for _, v := range bySides {
		sort.Strings(v)
	}
	fmt.Println(bySides)

	var e error
	me := map[error]int{e: 1}
	fmt.Println(me[nil], len(me))
}
