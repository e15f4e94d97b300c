package main

import "fmt"

// Indexing a string past its end.
func main() {
	s := "hello"
	n := 0
	for i := 0; i <= len(s); i++ {
		n += int(s[i])
		fmt.Println(i, n)
	}
}
