package main

import "fmt"

func main() {
	a := 0x
	b := 1__0
	fmt.Println(a, b)
}
