package main

import "fmt"

// nil slices: zero value, comparisons with nil, len/cap, append, range, and printing.
func collect(n int) []int {
	var out []int
	for i := 0; i < n; i++ {
		out = append(out, i)
	}
	return out
}

func main() {
	var s []int
	fmt.Println(s, len(s), cap(s), s == nil)
	for range s {
		fmt.Println("never")
	}
	fmt.Println(collect(0) == nil, collect(3))
	e := []int{}
	fmt.Println(e, e == nil, len(e))
	s = append(s, 1)
	fmt.Println(s, s != nil)
	s = nil
	fmt.Println(s == nil, len(s))
	t := s[:]
	fmt.Println(t == nil, len(t))
	var ss [][]string
	ss = append(ss, nil)
	fmt.Println(len(ss), ss[0] == nil, ss)
	var bs []byte
	fmt.Println(string(bs) == "", bs == nil)
	var any interface{} = s
	fmt.Println(any == nil)
	var sp *[]int
	fmt.Println(sp == nil)
	m := make([]int, 0)
	fmt.Println(m == nil, len(m))
	fmt.Printf("%v %d %T\n", s, len(s), s)
}
