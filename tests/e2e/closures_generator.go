package main

import "fmt"

// Generators built from closures.
func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func rangeGen(lo, hi, step int) func() (int, bool) {
	cur := lo
	return func() (int, bool) {
		if cur >= hi {
			return 0, false
		}
		v := cur
		cur += step
		return v, true
	}
}

func primes() func() int {
	found := []int{}
	n := 1
	return func() int {
		for {
			n++
			isPrime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				found = append(found, n)
				return n
			}
		}
	}
}

func take(gen func() int, n int) []int {
	out := make([]int, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, gen())
	}
	return out
}

func mapGen(gen func() int, f func(int) int) func() int {
	return func() int { return f(gen()) }
}

func main() {
	fmt.Println(take(fibonacci(), 15))
	next := rangeGen(3, 20, 4)
	for v, ok := next(); ok; v, ok = next() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(take(primes(), 20))
	sq := mapGen(fibonacci(), func(x int) int { return x * x })
	fmt.Println(take(sq, 10))
	// Two independent generators.
	g1, g2 := fibonacci(), fibonacci()
	g1()
	g1()
	fmt.Println(g1(), g2())
}
