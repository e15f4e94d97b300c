package main

import "fmt"

func main() {
	var names []string
	names.append("ann")
	count := len names
	fmt.Println(count)
}
