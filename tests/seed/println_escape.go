package main

import "fmt"

// Seed article, section 3 (dynamic type): passing s to fmt.Println boxes it into an
// interface{} inside the ... slice, so gc reports "s escapes to heap".
func main() {
	s := "Escape"
	fmt.Println(s)
}
