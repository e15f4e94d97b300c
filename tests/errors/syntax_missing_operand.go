package main

import "fmt"

func main() {
	total := 0
	total = total +
	fmt.Println(total)
	x := 3 *
}
