package main

import "fmt"

var calls []string

func check(name string, v bool) bool {
	calls = append(calls, name)
	return v
}

// Boolean operators, comparisons and short-circuit evaluation.
func main() {
	t, f := true, false
	fmt.Println(t && f, t || f, !t, !f, t == f, t != f)
	if check("a", false) && check("b", true) {
		fmt.Println("unreachable")
	}
	if check("c", true) || check("d", true) {
		fmt.Println("c or d")
	}
	r := check("e", true) && check("f", false) || check("g", true)
	fmt.Println(r, calls)
	x, y := 3, 5
	fmt.Println(x < y, x <= y, x > y, x >= y, x == y, x != y)
	fmt.Println("abc" < "abd", "b" > "abc", "" < "a", "x" == "x")
	fmt.Println(1.5 < 2.5, -0.0 == 0.0)
	var flags [4]bool
	for i := range flags {
		flags[i] = i%2 == 0
	}
	fmt.Println(flags)
	n := 0
	for _, b := range flags {
		if b {
			n++
		}
	}
	fmt.Printf("%t %v %d\n", n == 2, !flags[1], n)
	type Bit bool
	var bit Bit = x < y
	fmt.Println(bit, !bit)
}
