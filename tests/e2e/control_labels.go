package main

import "fmt"

// Labelled break and continue, out of nested for loops and out of switches inside loops.
func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	// Find the first pair summing to a target.
	xs := []int{3, 9, 14, 20, 27}
	found := false
search:
	for i := range xs {
		for j := i + 1; j < len(xs); j++ {
			if xs[i]+xs[j] == 34 {
				fmt.Println("pair", xs[i], xs[j])
				found = true
				break search
			}
		}
	}
	fmt.Println("found:", found)

	// break out of a loop from inside a switch.
	n := 0
loop:
	for {
		switch {
		case n > 4:
			break loop
		case n%2 == 0:
			n += 3
			continue loop
		}
		n++
	}
	fmt.Println("n:", n)

	// Labelled continue in a range loop over an int and a labelled block-level for.
	count := 0
rows:
	for r := range 6 {
		for c := range 6 {
			if c > r {
				continue rows
			}
			count++
		}
	}
	fmt.Println("lower triangle:", count)

	// Primes with a labelled continue.
	var primes []int
next:
	for p := 2; len(primes) < 12; p++ {
		for _, q := range primes {
			if p%q == 0 {
				continue next
			}
		}
		primes = append(primes, p)
	}
	fmt.Println(primes)

	// Three levels.
	total := 0
a:
	for i := 0; i < 3; i++ {
	b:
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				if k == 2 {
					continue b
				}
				if j == 2 {
					continue a
				}
				total += i*9 + j*3 + k
			}
		}
	}
	fmt.Println("total:", total)
}
