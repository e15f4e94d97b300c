package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	fmt.Println(a[5])
	s := []int{1}
	fmt.Println(s["x"])
	n := 5
	fmt.Println(n[0])
}
