package main

import "fmt"

// Comparing two interfaces holding the same uncomparable dynamic type panics, uncaught here.
// findIndex works for every comparable dynamic type, then meets a struct with a slice field.

type Item struct {
	Name string
	Tags []string
}

type Point struct{ X, Y int }

type Labeled interface{}

func findIndex(list []Labeled, x Labeled) int {
	for i, v := range list {
		if v == x {
			return i
		}
	}
	return -1
}

func dedupe(list []Labeled) []Labeled {
	var out []Labeled
	for _, v := range list {
		if findIndex(out, v) < 0 {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	list := []Labeled{1, "two", 3.0, [2]int{4, 4}, Point{1, 2}, nil}
	fmt.Println(findIndex(list, "two"))
	fmt.Println(findIndex(list, [2]int{4, 4}))
	fmt.Println(findIndex(list, 3))
	fmt.Println(findIndex(list, 3.0))
	fmt.Println(findIndex(list, Point{1, 2}), findIndex(list, Point{2, 1}))
	fmt.Println(findIndex(list, nil))
	fmt.Println(dedupe([]Labeled{1, 1, "a", Point{0, 0}, "a", Point{0, 0}, 1.0}))

	// different dynamic types never compare their values: no panic
	list = append(list, Item{"a", nil})
	fmt.Println(findIndex(list, "nope"))
	fmt.Println(findIndex(list[:6], Item{"b", nil}))
	fmt.Println("about to compare two Items")
	fmt.Println(findIndex(list, Item{"a", nil}))
	fmt.Println("not reached")
}
