// Closures: a variable never reassigned and at most 128 bytes is captured by
// value; the closure that does not escape stays on the stack.

package main

func Sum(xs []int) int { // ERROR "xs does not escape$"
	base := 10
	add := func(x int) int { // ERROR "func literal does not escape$"
		return base + x
	}
	n := 0
	for _, x := range xs {
		n = add(n + x)
	}
	return n
}

func Returned() func() int {
	v := 42
	return func() int { // ERROR "func literal escapes to heap$"
		return v
	}
}

func Large() int {
	var big [32]int
	big[0] = 1
	f := func() int { // ERROR "func literal does not escape$"
		return big[0]
	}
	return f()
}

func main() {
	println(Sum([]int{1, 2}), Returned()(), Large()) // ERROR "\[\]int\{\.\.\.\} does not escape$"
}
