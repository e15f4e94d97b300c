package main

import "fmt"

func cleanup() {}

func work() (result int) {
	defer cleanup
	defer fmt.Println
	defer func() {
		return 1
	}()
	go cleanup
	return "done"
}

func main() {
	fmt.Println(work())
}
