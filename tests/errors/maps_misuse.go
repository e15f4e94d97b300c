package main

type P struct{ x int }

func f() int { return 1 }

func main() {
	m := map[string]P{}
	m["a"].x = 1
	p := &m["a"]
	var bad map[[]int]int
	_ = p
	_ = bad
	n := map[string]int{"a": 1, "a": 2}
	_ = n
	s := []int{1}
	defer len(s)
	defer int(1)
	defer f
	delete(s, 1)
}
