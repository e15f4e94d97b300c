package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	for k, v, x := range m {
		fmt.Println(k, v, x)
	}
	s := []int{1}
	for i, v := range s {
		fmt.Println(i)
	}
	var total string
	for _, v := range s {
		total += v
	}
	fmt.Println(total)
}
