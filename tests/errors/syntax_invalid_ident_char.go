package main

import "fmt"

func main() {
	total := 0
	for i := 0; i < 3; i++ {
		tötal§ := i
		total += tötal§
	}
	fmt.Println(totl)
}
