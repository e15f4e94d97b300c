package main

import "fmt"

func sum(a int, a int) int { return a }

func main() {
	x := 1
	x := 2
	y, z := 3, 4
	y, z := 5, 6
	const k = 1
	var k = 2
	fmt.Println(x, y, z, k, sum(1, 2))
}
