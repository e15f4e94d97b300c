package main

import "fmt"

type I interface{ M() }

func main() {
	var i I
	fmt.Println(i == nil)
	i.M()
}
