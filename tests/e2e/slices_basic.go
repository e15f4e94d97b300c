package main

import "fmt"

// Slices: literals, make, len/cap, indexing, reslicing, range, sharing a backing array.
func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func zero(s []int) {
	for i := range s {
		s[i] = 0
	}
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	fmt.Println(s, len(s), cap(s), sum(s))
	m := make([]int, 3)
	fmt.Println(m, len(m), cap(m))
	m2 := make([]string, 2, 10)
	fmt.Printf("%q %d %d\n", m2, len(m2), cap(m2))
	t := s[1:3]
	fmt.Println(t, len(t), cap(t))
	t = t[:cap(t)]
	fmt.Println(t)
	t[0] = 20
	fmt.Println(s)
	zero(s[3:])
	fmt.Println(s)
	u := s[:0]
	fmt.Println(u, len(u), cap(u), u == nil)
	for i, v := range s {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for i := range s {
		s[i] = i * i
	}
	fmt.Println(s, s[len(s)-1])
	words := []string{"a", "bb", "ccc"}
	total := 0
	for _, w := range words {
		total += len(w)
	}
	fmt.Println(words, total)
	nested := [][]int{{1}, {2, 3}, {}}
	fmt.Println(nested, len(nested[2]))
	ptrs := []*int{}
	fmt.Println(len(ptrs), ptrs == nil)
	fl := []float64{1.5, 2.25}
	fmt.Println(fl)
	// The three-part length arguments to make.
	big := make([]byte, 1000)
	fmt.Println(len(big), big[999])
	var n int = 7
	dyn := make([]int, n, n*2)
	fmt.Println(len(dyn), cap(dyn))
	structs := []struct{ K string; V int }{{"a", 1}, {"b", 2}}
	fmt.Printf("%v %+v\n", structs, structs[1])
}
