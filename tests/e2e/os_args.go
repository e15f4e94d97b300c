package main

import (
	"fmt"
	"os"
	"strconv"
)

// os.Args: the arguments come from os_args.args, one per line. Args[0] (the program path)
// differs between toolchains, so only its presence is checked.
func main() {
	fmt.Println("argc:", len(os.Args))
	fmt.Println(len(os.Args[0]) > 0)
	for i, a := range os.Args[1:] {
		fmt.Printf("%d: %q (%d bytes)\n", i+1, a, len(a))
	}
	sum := 0
	for _, a := range os.Args[1:] {
		if n, err := strconv.Atoi(a); err == nil {
			sum += n
		}
	}
	fmt.Println("sum of numeric args:", sum)
	rest := os.Args[1:]
	if len(rest) >= 2 {
		fmt.Println("last two:", rest[len(rest)-2:])
	}
}
