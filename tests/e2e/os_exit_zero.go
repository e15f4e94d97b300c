package main

import (
	"fmt"
	"os"
)

// os.Exit(0) from a nested call, and printing to os.Stderr via println before it.
func finish(code int) {
	println("finishing with", code)
	os.Exit(code)
}

func main() {
	fmt.Println("start")
	if len(os.Args) == 1 {
		finish(0)
	}
	fmt.Println("never printed")
}
