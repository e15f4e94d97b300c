package main

import "fmt"

func main() {
	nums := []int{1, 2, 3}
	for i in nums {
		fmt.Println(i)
	}
}
