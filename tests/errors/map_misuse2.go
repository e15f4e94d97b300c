package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	fmt.Println(m[1])
	delete(m)
	v, ok, extra := m["a"]
	var n map[string]int
	n.x = 1
	fmt.Println(v, ok, extra, cap(n))
}
