package main

import "fmt"

func main() {
	s := "ab"
	t := "cd"
	fmt.Println(s * 2)
	fmt.Println(s - t)
	fmt.Println(s && t)
	s++
	s += 1
	n := 1
	n += "x"
}
