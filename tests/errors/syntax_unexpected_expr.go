package main

import "fmt"

func main() {
	a := 4
	b := (a + ) * 2
	fmt.Println(a, b)
}
