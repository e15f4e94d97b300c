package main

import "fmt"

type ID int
type Names []string
type Pair struct {
	K string
	V int
}
type Tree struct {
	Left, Right *Tree
	Val         int
}

// %T and %v for named, composite and nested types.
func main() {
	values := []interface{}{
		ID(3), Names{"a"}, Pair{"k", 1}, &Pair{"p", 2}, []Pair{{"x", 1}},
		[2]ID{1, 2}, int8(1), uint16(2), int32(3), uint64(4), uintptr(5), float32(6),
		'c', byte('b'), "", [][]string{{"s"}}, struct{ A, B int }{1, 2}, []*int{},
		func() {}, func(int, string) (bool, error) { return false, nil }, []interface{}{1},
		new(int) == nil, [0]int{},
	}
	for _, v := range values {
		fmt.Printf("%T\n", v)
	}
	t := &Tree{Val: 1}
	fmt.Printf("%v %+v\n", *t, *t)
	pairs := []Pair{{"a", 1}, {"b", 2}}
	fmt.Printf("%v\n%+v\n", pairs, pairs)
	fmt.Printf("%v %+v\n", &pairs[0], &pairs[1])
	type inner struct {
		P  Pair
		Ns Names
	}
	in := inner{Pair{"z", 26}, Names{"n1", "n2"}}
	fmt.Printf("%v\n%+v\n%T\n", in, in, in)
	var e error
	fmt.Printf("%v %T\n", e, e)
}
