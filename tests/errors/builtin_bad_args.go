package main

import "fmt"

func main() {
	fmt.Println(len(5))
	m := map[int]int{}
	fmt.Println(cap(m))
	x := 3
	fmt.Println(len(x))
	s := []int{1}
	s = append(s, "x")
	s = append()
	copy(s, "abc")
	fmt.Println(len(s, s))
}
