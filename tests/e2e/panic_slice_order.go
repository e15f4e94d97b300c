package main

import "fmt"

// s[a:b] with a > b panics with "slice bounds out of range [a:b]".
func main() {
	s := []string{"a", "b", "c", "d"}
	lo, hi := 1, 3
	fmt.Println(s[lo:hi])
	lo, hi = 3, 2
	fmt.Println(s[lo:hi])
}
