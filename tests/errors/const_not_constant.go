package main

import "fmt"

func size() int { return 4 }

const a = size()

var v = 3

const b = v + 1

func main() {
	const c int = 1
	const d int64 = c
	var arr [v]int
	fmt.Println(a, b, d, arr)
}
