package main

import "fmt"

// Go 1.22 loop variables: each iteration of a for loop has its own variable, so closures
// created in different iterations see different values.
func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s + s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	var hs []func() int
	for i := range 3 {
		hs = append(hs, func() int { return i + 100 })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()

	// Modifying the loop variable inside the body affects the next iteration's copy.
	var ps []*int
	for i := 0; i < 6; i++ {
		ps = append(ps, &i)
		i++
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// A variable declared outside the loop is shared by all closures.
	var shared []func() int
	j := 0
	for j = 0; j < 3; j++ {
		shared = append(shared, func() int { return j })
	}
	for _, f := range shared {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Closures that mutate their own per-iteration variable.
	var incs []func() int
	for k := 0; k < 3; k++ {
		incs = append(incs, func() int { k += 10; return k })
	}
	fmt.Println(incs[0](), incs[0](), incs[1](), incs[2]())
}
