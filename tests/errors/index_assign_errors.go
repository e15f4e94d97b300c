package main

import "fmt"

func main() {
	const names = "abc"
	names[0] = 'x'
	arr := [2]int{1, 2}
	arr[2] = 3
	arr[len(arr)] = 4
	m := map[string][]int{}
	m["a"][0] = 1
	var p *[2]int = &arr
	p[5] = 0
	fmt.Println(arr, m, p)
}
