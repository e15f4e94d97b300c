package main

import "fmt"

func main() {
	var a int32 = 1
	var b uint32 = 1
	fmt.Println(a == b)
	fmt.Println("x" < 1)
	var p *int
	fmt.Println(p == 0)
}
