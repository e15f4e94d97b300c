package main

import "fmt"

// Writing through a nil *int.
func set(p *int, v int) {
	*p = v
}

func main() {
	x := 0
	set(&x, 5)
	fmt.Println(x)
	var q *int
	set(q, 6)
	fmt.Println("never")
}
