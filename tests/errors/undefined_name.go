package main

import "fmt"

func main() {
	fmt.Println(undefinedThing)
	y := missing(3)
	fmt.Println(y)
}
