package main

import (
	"errors"
	"fmt"
)

// Printing composite values: structs, nested structs, pointers to structs, slices, arrays, maps,
// with %v %+v %#v, nil values, and Stringer/error inside composites. (A pointer nested inside
// a composite prints as an address, so only top-level pointers to structs are printed.)

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Age     int
	Addr    *Address
	Tags    []string
	Scores  map[string]int
	private bool
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Reading struct {
	Where string
	T     Temp
	Err   error
}

type Empty struct{}

type Matrix [2][2]float64

func main() {
	a := &Address{"Oslo", 150}
	p := Person{"Ann", 30, a, []string{"x", "y"}, map[string]int{"go": 9, "c": 7}, true}
	fmt.Println(p.Name, *p.Addr)
	fmt.Printf("%v\n", *a)
	fmt.Printf("%+v\n", *a)
	fmt.Printf("%#v\n", *a)
	fmt.Printf("%v\n", a)
	fmt.Printf("%+v\n", a)
	fmt.Printf("%#v\n", a)
	q := p
	q.Addr = nil
	fmt.Printf("%v\n", q)
	fmt.Printf("%+v\n", q)
	fmt.Printf("%#v\n", q)

	rs := []Reading{{"in", 21.5, nil}, {"out", -3, errors.New("sensor offline")}}
	fmt.Println(rs)
	fmt.Printf("%+v\n", rs)
	fmt.Printf("%v %s %d\n", rs[0].T, rs[0].T, []Temp{1, 2})

	fmt.Println(Empty{}, &Empty{}, []Empty{{}, {}})
	fmt.Printf("%#v %#v\n", Empty{}, []Empty{{}})

	m := Matrix{{1, 2}, {3.5, -4}}
	fmt.Println(m)
	fmt.Printf("%v %.1f %#v\n", m, m, m)

	var nilSlice []int
	var nilMap map[string]int
	var nilPtr *Address
	var nilErr error
	var nilIface interface{}
	fmt.Println(nilSlice, nilMap, nilPtr, nilErr, nilIface)
	fmt.Printf("%v %v %v %v %v\n", nilSlice, nilMap, nilPtr, nilErr, nilIface)
	fmt.Printf("%#v %#v %#v %#v\n", nilSlice, nilMap, nilPtr, nilIface)
	fmt.Printf("%d %s\n", nilSlice, nilSlice)

	nested := map[string][]map[int]string{
		"b": {{2: "two", 1: "one"}},
		"a": {{}, nil, {3: "three"}},
	}
	fmt.Println(nested)
	fmt.Printf("%#v\n", map[string]int{"z": 1, "a": 2})
	fmt.Printf("%v\n", map[[2]int]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true})
	fmt.Printf("%v\n", map[bool]int{true: 1, false: 0})
	fmt.Printf("%v\n", map[float64]string{2.5: "b", -1: "a"})

	ptrs := []*Address{a, nil}
	fmt.Printf("%+v\n", *ptrs[0])
	fmt.Println(len(ptrs), ptrs[1])
	pp := &p
	fmt.Printf("%v\n", pp.Scores)
	fmt.Printf("%d %x %o\n", []int{10, 11}, []int{10, 255}, [2]int{8, 9})
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%5.1f|\n", []float64{1, 2.25})
	fmt.Printf("%v %v\n", [3]bool{true}, struct {
		A int
		B []string
	}{1, nil})
	fmt.Printf("%+v\n", struct {
		X, Y interface{}
	}{1, "s"})
	fmt.Printf("%#v\n", []interface{}{1, "a", nil, 2.5, true})
	type inner struct{ V int }
	type outer struct {
		I  inner
		Is []inner
		M  map[string]inner
	}
	o := outer{inner{1}, []inner{{3}, {4}}, map[string]inner{"k": {5}}}
	fmt.Printf("%v\n%+v\n", o, o)
}
