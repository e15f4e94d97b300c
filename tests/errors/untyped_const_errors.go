package main

import "fmt"

const big = 1 << 100

func main() {
	fmt.Println(big)
	var f float32 = 1e40
	const s = "a" + 1
	var r rune = "x"
	fmt.Println(f, s, r)
}
