package main

import "fmt"

func main() {
	f := 2.5
	fmt.Println(f % 2)
	fmt.Println(f & 1)
	var i int = 1.5
	var j int = 1e3
	var k uint8 = 'é'
	fmt.Println(i, j, k)
}
