package main

import "fmt"

const two = 2

func main() {
	n := 2
	switch n {
	case 1, 2:
		fmt.Println("small")
	case two:
		fmt.Println("two")
	}
	s := "b"
	switch s {
	case "a", "b":
	case "c", "a":
	}
	f := 1.0
	switch f {
	case 1:
	case 1.0:
	case 2.5, 2.5:
	}
	switch {
	case n > 1:
	case n > 1:
	}
	switch b := n > 0; b {
	case true:
	case false, true:
	}
}
