package main

import "fmt"

func main() {
	var type = 3
	fmt.Println(type)
}
