package main

import "fmt"

func get() int { return 1 }

const limit = 3

func main() {
	get() = 2
	len := 3
	limit++
	fmt.Println(len)
	for i, c := range "abc" {
		c = 'x'
		fmt.Println(i)
	}
	x := 1
	x = 2
}
