package main

import "fmt"

// A failed type assertion without comma-ok.
func main() {
	vals := []interface{}{1, 2, "three", 4}
	sum := 0
	for _, v := range vals {
		sum += v.(int)
		fmt.Println("sum", sum)
	}
}
