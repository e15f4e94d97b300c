package main

import "fmt"

type Temp float64

func get() int { return 1 }

func main() {
	const c = 1
	c++
	get()++
	var t Temp
	t++
	var ok bool
	ok--
	m := map[string]int{}
	m["a"]++
	var p *int
	p++
	fmt.Println(t, ok, m, p)
}
