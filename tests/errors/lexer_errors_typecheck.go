package main

import "fmt"

func main() {
	n := 0x
	s := "tab\q"
	var unused int
	r := 'ab'
	var count int = "none"
	fmt.Println(n/0, s, r+1, count)
}
