package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func pair(a, b int) int { return a + b }

func main() {
	nums := []int{1, 2, 3}
	fmt.Println(sum(1, nums...))
	fmt.Println(pair(nums...))
	more := []int{4}
	nums = append(nums, more)
	var strs []string
	fmt.Println(sum(strs...))
}
