package main

import "fmt"

// Seed article, section 3 (closure): a and b are captured by a closure that outlives
// Fibonacci, so they are moved to the heap and the func literal escapes.
func Fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		a, b = b, a+b
		return a
	}
}

func main() {
	f := Fibonacci()

	for i := 0; i < 10; i++ {
		fmt.Printf("Fibonacci: %d\n", f())
	}
}
