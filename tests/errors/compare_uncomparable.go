package main

import "fmt"

type Pair struct {
	items []int
}

func main() {
	a := []int{1}
	b := []int{1}
	fmt.Println(a == b)
	m := map[string]int{}
	fmt.Println(m == m)
	f := func() {}
	fmt.Println(f == f)
	p, q := Pair{}, Pair{}
	fmt.Println(p == q)
	fmt.Println(a == nil, m != nil)
}
