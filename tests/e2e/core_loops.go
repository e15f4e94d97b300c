package main

import "fmt"

// for i := range n over integers of several types; per-iteration loop variables (Go 1.22):
// closures and pointers captured in loops see their own copy.

type Count uint8

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var n int64 = 4
	for i := range n {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()
	for i := range Count(3) {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -5 {
		fmt.Println("never", i)
	}
	k := 3
	for i := range k {
		k = 10 // the range count is evaluated once
		fmt.Print(i)
	}
	fmt.Println(" k =", k)

	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	words := []string{"a", "b", "c"}
	var gs []func() string
	for idx, w := range words {
		gs = append(gs, func() string { return fmt.Sprint(idx, w) })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// a three-clause loop where the body modifies the variable: each iteration copies the
	// previous iteration's final value
	var seen []*int
	for i := 0; i < 10; i++ {
		seen = append(seen, &i)
		i += 2
	}
	for _, p := range seen {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// closures that mutate their own iteration's variable
	var incs []func() int
	for i := range 3 {
		incs = append(incs, func() int { i += 100; return i })
	}
	fmt.Println(incs[0](), incs[0](), incs[1](), incs[2]())

	total := 0
	for i := range 101 {
		total += i
	}
	fmt.Println(total)

	// range over an array copy vs slice
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("array range sees copy:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("slice range sees update:", v)
		}
	}
}
