package main

import (
	"fmt"
	"os"
)

func check(n int) {
	if n > 3 {
		fmt.Println("too big:", n)
		os.Exit(3)
	}
}

// os.Exit ends the program at once with the given status; output already written stays.
func main() {
	for i := 0; i < 10; i++ {
		fmt.Println("step", i)
		check(i)
	}
	fmt.Println("never printed")
}
