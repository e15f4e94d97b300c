package main

import "fmt"

// Comparing two interfaces holding the same uncomparable dynamic type panics, uncaught here.

type Item struct {
	Name string
	Tags []string
}

type Labeled interface{}

func findIndex(list []Labeled, x Labeled) int {
	for i, v := range list {
		if v == x {
			return i
		}
	}
	return -1
}

func main() {
	list := []Labeled{1, "two", 3.0, [2]int{4, 4}}
	fmt.Println(findIndex(list, "two"))
	fmt.Println(findIndex(list, [2]int{4, 4}))
	fmt.Println(findIndex(list, 3))
	fmt.Println(findIndex(list, 3.0))

	list = append(list, Item{"a", nil})
	fmt.Println(findIndex(list, "nope"))
	fmt.Println("about to compare two Items")
	fmt.Println(findIndex(list, Item{"a", nil}))
	fmt.Println("not reached")
}
