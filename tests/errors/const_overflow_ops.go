package main

import "fmt"

func take(b uint8) uint8 { return b }

func main() {
	var small int8
	small = 300
	fmt.Println(take(256))
	const big int64 = 1 << 62
	const bigger = big * 4
	var u uint8 = 255 + 1
	x := 1 << 64
	fmt.Println(small, bigger, u, x)
}
