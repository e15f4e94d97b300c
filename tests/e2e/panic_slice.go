package main

import "fmt"

// Slicing beyond capacity panics with "slice bounds out of range [:N] with capacity M".
func main() {
	s := make([]int, 3, 5)
	fmt.Println(len(s[:5]), cap(s[2:]))
	n := 6
	t := s[1:n]
	fmt.Println("never", t)
}
