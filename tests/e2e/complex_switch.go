package main

import "fmt"

// gc checks switch cases for duplicates only among integers, floats and
// strings: equal complex cases compile, and the first one matching wins.
// Map literals do reject duplicate complex keys, so this one has none.

func classify(z complex128) string {
	switch z {
	case 1 + 2i, 3:
		return "first"
	case 1 + 2i:
		return "unreachable duplicate"
	case 3 + 0i:
		return "unreachable duplicate of 3"
	case 1 - 2i:
		return "conjugate"
	}
	return "other"
}

func main() {
	for _, z := range []complex128{1 + 2i, 3, 1 - 2i, 0} {
		fmt.Println(z, classify(z))
	}
	names := map[complex64]string{1i: "i", -1i: "-i", 1: "one"}
	fmt.Println(len(names), names[1i], names[complex(0, -1)])
}
