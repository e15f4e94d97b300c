package main

import "fmt"

func sign(x int) string {
	if x < 0 {
		return "negative"
	} else if x == 0 {
		return "zero"
	} else {
		return "positive"
	}
}

func classify(n int) string {
	if r := n % 15; r == 0 {
		return "FizzBuzz"
	} else if r%3 == 0 {
		return "Fizz"
	} else if r%5 == 0 {
		return "Buzz"
	}
	return fmt.Sprint(n)
}

func lookup(xs []int, want int) (int, bool) {
	for i, x := range xs {
		if x == want {
			return i, true
		}
	}
	return -1, false
}

// if / else if / else, with init statements whose scope covers every branch.
func main() {
	for _, x := range []int{-5, 0, 7} {
		fmt.Println(x, sign(x))
	}
	for i := 1; i <= 15; i++ {
		fmt.Print(classify(i), " ")
	}
	fmt.Println()
	xs := []int{4, 8, 15, 16, 23, 42}
	if i, ok := lookup(xs, 16); ok {
		fmt.Println("found at", i)
	} else {
		fmt.Println("missing", i)
	}
	if i, ok := lookup(xs, 5); ok {
		fmt.Println("found at", i)
	} else {
		fmt.Println("missing", i)
	}
	x := 10
	if x := 5; x > 3 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	if y := x * 2; y > 100 {
		fmt.Println("big")
	} else if z := y + 1; z > 20 {
		fmt.Println("medium", y, z)
	} else {
		fmt.Println("small", y, z)
	}
	if b := false; !b {
		fmt.Println("not b")
	}
	var p *int
	if p != nil && *p > 0 {
		fmt.Println("never")
	} else {
		fmt.Println("nil guard")
	}
}
