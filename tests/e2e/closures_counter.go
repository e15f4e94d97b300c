package main

import "fmt"

// Closures capture variables by reference: counters, shared state, and mutation seen by the
// enclosing function.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func pair() (func(), func() int) {
	x := 0
	inc := func() { x += 10 }
	get := func() int { return x }
	return inc, get
}

func accumulate(start int) func(int) int {
	sum := start
	return func(d int) int {
		sum += d
		return sum
	}
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2(), c1(), c2())

	inc, get := pair()
	inc()
	inc()
	fmt.Println(get())
	inc()
	fmt.Println(get())

	acc := accumulate(100)
	for i := 1; i <= 5; i++ {
		fmt.Print(acc(i), " ")
	}
	fmt.Println()

	// A closure modifies a local of main; main sees the change.
	total := 0
	add := func(n int) { total += n }
	add(5)
	add(7)
	fmt.Println("total", total)
	total = 1000
	add(1)
	fmt.Println("total", total)

	// Nested closures share the outer variable.
	level := 0
	outer := func() func() {
		level++
		return func() { level *= 3 }
	}
	inner := outer()
	inner()
	inner()
	fmt.Println("level", level)

	// Capturing a struct and an array by reference.
	type state struct{ hits, misses int }
	var st state
	var hist [3]int
	record := func(ok bool, bucket int) {
		if ok {
			st.hits++
		} else {
			st.misses++
		}
		hist[bucket]++
	}
	for i := 0; i < 10; i++ {
		record(i%3 == 0, i%3)
	}
	fmt.Println(st, hist)

	// A recursive closure through a variable.
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
}
