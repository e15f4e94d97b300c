package main

import "fmt"

func main() {
	func helper(x int) int {
		return x * 2
	}
	fmt.Println(helper(3))
}
