// Seed case: a closure that modifies the variables it captures and outlives
// its frame: both variables and the closure move to the heap.

package main

import "fmt"

func Fibonacci() func() int {
	a, b := 0, 1 // ERROR "moved to heap: a$" "moved to heap: b$"
	return func() int { // ERROR "func literal escapes to heap$"
		a, b = b, a+b
		return a
	}
}

func main() {
	f := Fibonacci()

	for i := 0; i < 10; i++ {
		fmt.Printf("Fibonacci: %d\n", f()) // ERROR "\.\.\. argument does not escape$" "f\(\) escapes to heap$"
	}
}
