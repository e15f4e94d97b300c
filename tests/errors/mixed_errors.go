package main

import "fmt"

func main() {
	var n int = "x"
	var m = undefined + 1
	fmt.Println(n, m)
	fmt.Printline("typo")
}
