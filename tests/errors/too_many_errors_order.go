package main

import "strconv"

// gc prints the first ten errors reported, sorted: the unused variables are
// reported when the body is done, after the other errors of the function.
func main() {
	a, b := strconv.Atoi(1)
	c := missing
	var d int = "four"
	e := 1 + "5"
	f, g := 6
	h := a + true
	i := 7
}
