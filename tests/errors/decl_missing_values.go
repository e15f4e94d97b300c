package main

import "fmt"

const (
	KB = 1 << (10 * (iota + 1))
	MB
	limit
)

const timeout

var sizes [...]int

func main() {
	fmt.Println(KB, MB, limit, sizes)
}
