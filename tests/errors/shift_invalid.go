package main

import "fmt"

func main() {
	f := 2.5
	fmt.Println(f << 2)
	n := 8
	fmt.Println(n >> f)
	fmt.Println(n << -1)
	s := "x"
	fmt.Println(s << 1)
	fmt.Println(1.5 << 2)
}
