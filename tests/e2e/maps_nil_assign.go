package main

import "fmt"

func main() {
	var m map[string][]int
	fmt.Println(len(m["x"]))
	defer fmt.Println("deferred print runs")
	m["x"] = append(m["x"], 1)
}
