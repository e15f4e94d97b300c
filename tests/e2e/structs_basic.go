package main

import "fmt"

type Point struct {
	X, Y int
}

type Person struct {
	Name string
	Age  int
	Tags []string
}

func move(p Point, dx int) Point {
	p.X += dx
	return p
}

func moveInPlace(p *Point, dx int) {
	p.X += dx
}

// Structs: literals, field access, copy semantics, comparison, printing.
func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	var r Point
	fmt.Println(p, q, r)
	fmt.Printf("%v %+v\n", p, q)
	c := p
	c.X = 100
	fmt.Println(p, c)
	fmt.Println(move(p, 10), p)
	moveInPlace(&p, 10)
	fmt.Println(p)
	fmt.Println(p == Point{11, 2}, p != q)
	alice := Person{Name: "Alice", Age: 30, Tags: []string{"a", "b"}}
	bob := alice
	bob.Name = "Bob"
	bob.Tags[0] = "shared"
	fmt.Println(alice, bob)
	fmt.Printf("%+v\n", alice)
	people := []Person{alice, {Name: "Carol", Age: 41}}
	for _, pp := range people {
		pp.Age++
	}
	fmt.Println(people[0].Age, people[1].Age)
	for i := range people {
		people[i].Age++
	}
	fmt.Println(people[0].Age, people[1].Age)
	anon := struct {
		A int
		B string
	}{3, "x"}
	fmt.Println(anon, anon.B)
	fmt.Printf("%v %+v\n", anon, anon)
	arr := [2]Point{{1, 1}, {2, 2}}
	arr2 := arr
	arr2[0].X = 9
	fmt.Println(arr, arr2)
	type empty struct{}
	var e empty
	fmt.Println(e, struct{}{} == e)
	pts := make([]Point, 3)
	pts[1].Y = 7
	fmt.Println(pts)
}
