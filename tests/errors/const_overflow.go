package main

import "fmt"

func main() {
	var x int8 = 200
	var y uint = -1
	const big = 1 << 70
	var z int64 = big
	fmt.Println(x, y, z)
}
