package main

import "fmt"

// Slicing a string past its length panics with "with length N".
func main() {
	s := "gopher"
	for i := 2; i < 10; i += 2 {
		fmt.Println(s[:i])
	}
}
