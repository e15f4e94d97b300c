package main

import "fmt"

func main() {
	x := 2
	switch x {
	case 1:
		continue
	case 2:
		fmt.Println("two")
	}
Outer:
	for i := 0; i < 3; i++ {
		fmt.Println(i)
	}
	for j := 0; j < 3; j++ {
		if j == 1 {
			break Outer
		}
	}
	if x > 1 {
		fallthrough
	}
}
