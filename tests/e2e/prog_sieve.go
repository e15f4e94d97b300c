package main

import "fmt"

// Sieve of Eratosthenes over a []bool, plus a segmented count and twin primes.
func sieve(n int) []bool {
	composite := make([]bool, n+1)
	composite[0], composite[1] = true, true
	for i := 2; i*i <= n; i++ {
		if !composite[i] {
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return composite
}

func main() {
	const N = 1000000
	c := sieve(N)
	count := 0
	last := 0
	sum := int64(0)
	for i, comp := range c {
		if !comp {
			count++
			last = i
			sum += int64(i)
		}
	}
	fmt.Println("primes below a million:", count)
	fmt.Println("largest:", last)
	fmt.Println("sum:", sum)
	var first []int
	for i := 0; len(first) < 25; i++ {
		if !c[i] {
			first = append(first, i)
		}
	}
	fmt.Println(first)
	twins := 0
	for i := 3; i+2 <= N; i += 2 {
		if !c[i] && !c[i+2] {
			twins++
		}
	}
	fmt.Println("twin pairs:", twins)
	// Prime gaps.
	maxGap, at := 0, 0
	prev := 2
	for i := 3; i <= N; i++ {
		if !c[i] {
			if i-prev > maxGap {
				maxGap, at = i-prev, prev
			}
			prev = i
		}
	}
	fmt.Printf("largest gap %d after %d\n", maxGap, at)
}
