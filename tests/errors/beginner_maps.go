package main

import "fmt"

func main() {
	var scores map[string]int
	scores = map[string]int{"a": 1}
	if v, ok := scores["a"]; ok {
		fmt.Println(v)
	}
	for k := range scores {
		fmt.Println(k + 1)
	}
	total := 0
	for _, v := range scores {
		total += v
	}
	scores["b"] = "two"
	fmt.Println(total, scores[0])
}
