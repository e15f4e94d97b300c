package main

import "fmt"

func main() {
	x := 1
	if x > 0 {
	case 1:
		fmt.Println("one")
	}
}
