package main

import "fmt"

func main() {
	s := "abc"
	n := 5
	f := 1.5
	fmt.Println(-s)
	fmt.Println(!n)
	fmt.Println(^f)
	fmt.Println(+true)
}
