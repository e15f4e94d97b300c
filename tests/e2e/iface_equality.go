package main

import "fmt"

// == on interface values: same dynamic type and equal values; comparing with nil; mixed types.

type Key struct {
	A int
	B string
}

type ID int
type Name string

type Thing interface{}

type Eq interface{ Tag() string }

func (k Key) Tag() string   { return "key" }
func (i ID) Tag() string    { return "id" }
func (n *Name) Tag() string { return "name" }

func show(a, b interface{}) {
	fmt.Printf("%v(%T) == %v(%T): %v\n", a, a, b, b, a == b)
}

func main() {
	show(1, 1)
	show(1, int64(1))
	show(1, 1.0)
	show(ID(3), 3)
	show(ID(3), ID(3))
	show("go", "go")
	show(Name("go"), "go")
	show(Key{1, "x"}, Key{1, "x"})
	show(Key{1, "x"}, Key{1, "y"})
	show([2]int{1, 2}, [2]int{1, 2})
	show(true, true)
	show(nil, nil)
	show(3.5, float32(3.5))

	var e1, e2 Eq
	fmt.Println(e1 == e2, e1 == nil)
	e1 = ID(5)
	e2 = ID(5)
	fmt.Println(e1 == e2, e1 != nil)
	e2 = Key{5, ""}
	fmt.Println(e1 == e2)

	n1 := Name("a")
	n2 := Name("a")
	var p1 Eq = &n1
	var p2 Eq = &n2
	var p3 Eq = &n1
	fmt.Println(p1 == p2, p1 == p3)

	var i interface{} = e1
	fmt.Println(i == e1, i == ID(5), i == 5)

	var x interface{} = 2.0
	var y interface{} = 2.0
	nan := 0.0
	nan = nan / nan
	var z interface{} = nan
	fmt.Println(x == y, z == z)

	var ptr *Key
	var pi interface{} = ptr
	fmt.Println(pi == nil, pi == (*Key)(nil))

	things := []Thing{1, "a", Key{1, "a"}, ID(1), 1, nil, "a"}
	for i := range things {
		for j := i + 1; j < len(things); j++ {
			if things[i] == things[j] {
				fmt.Println("equal:", i, j, things[i])
			}
		}
	}

	// structs holding interfaces compare element-wise
	type Box struct{ V interface{} }
	fmt.Println(Box{1} == Box{1}, Box{1} == Box{"1"}, Box{} == Box{nil})
	arr1 := [3]interface{}{1, "b", 2.5}
	arr2 := [3]interface{}{1, "b", 2.5}
	fmt.Println(arr1 == arr2)
	arr2[2] = float32(2.5)
	fmt.Println(arr1 == arr2)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var a interface{} = []int{1}
		var b interface{} = []int{1}
		fmt.Println(a == b)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var a interface{} = map[string]int{}
		fmt.Println(a == a)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var a interface{} = Box{[]int{}}
		var b interface{} = Box{[]int{}}
		fmt.Println(a == b)
	}()
	// different dynamic types: no panic even if one is uncomparable
	var s interface{} = []int{1}
	fmt.Println(s == 1, s == nil)
}
