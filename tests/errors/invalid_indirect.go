package main

import "fmt"

type T struct{ v int }

func main() {
	x := 5
	fmt.Println(*x)
	t := T{1}
	fmt.Println(*t)
	fmt.Println(*nil)
	p := &t
	fmt.Println(**p)
}
