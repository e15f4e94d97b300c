package main

import (
	"fmt"
	"os"
	"strconv"
)

// A tiny command-line tool: parses its arguments and exits with a status that depends on them.
func usage() {
	println("usage: os_args_exit N...")
	os.Exit(64)
}

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	bad := 0
	total := 0
	for _, a := range os.Args[1:] {
		n, err := strconv.Atoi(a)
		if err != nil {
			fmt.Println("bad:", err)
			bad++
			continue
		}
		total += n
	}
	fmt.Println("total:", total)
	if bad > 0 {
		os.Exit(10 + bad)
	}
}
