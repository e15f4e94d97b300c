package main

import "fmt"

func main() {
	x := nil
	var n int = nil
	fmt.Println(nil == nil)
	var s string
	if s == nil {
		fmt.Println(x, n)
	}
}
