package main

import "fmt"

func work(xs []int, i int) int {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("cleanup after", r)
			panic(r)
		}
	}()
	return xs[i]
}

func main() {
	fmt.Println(work([]int{1, 2}, 1))
	fmt.Println(work([]int{1, 2}, 2))
}
