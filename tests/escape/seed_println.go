// Seed case: an argument of fmt.Println is boxed into an interface, and the
// box escapes (fmt keeps what it is given); the ... slice itself does not.
// gc prints the constant that s is known to hold, not the name s.

package main

import "fmt"

func main() {
	s := "Escape"
	fmt.Println(s) // ERROR "\.\.\. argument does not escape$" "\"Escape\" escapes to heap$"
}
