package main

import "fmt"

func main() {
	len := func(s string) int { return 0 }
	fmt.Println(len([]int{1}))
	true := 0
	if true {
	}
	nil := 1
	var p *int = nil
	fmt.Println(p)
}
