package main

import "fmt"

func main() {
	s := "count: "
	n := 3
	fmt.Println(s + n)
}
