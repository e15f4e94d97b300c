package main

import "fmt"

// Integer division by a zero value known only at run time.
func div(a, b int) int {
	return a / b
}

func main() {
	for _, d := range []int{3, 2, 1, 0} {
		fmt.Println(10, "/", d, "=", div(10, d))
	}
}
