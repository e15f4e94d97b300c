package main

import "fmt"

func arr() [3]int { return [3]int{1, 2, 3} }

func main() {
	s := "hello"
	fmt.Println(s[1:2:3])
	fmt.Println(arr()[1:])
	a := []int{1, 2, 3}
	fmt.Println(a[2:1])
	fmt.Println(a[-1:])
	n := 5
	fmt.Println(n[1:])
	fmt.Println(a[1.5])
}
