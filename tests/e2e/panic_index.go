package main

import "fmt"

func get(s []int, i int) int {
	return s[i]
}

// Indexing a slice out of range panics with gc's message and exit status 2; output written
// before the panic stays.
func main() {
	s := []int{1, 2, 3}
	fmt.Println(get(s, 2))
	for i := 0; i < 10; i++ {
		fmt.Println("index", i, "->", get(s, i*3))
	}
}
