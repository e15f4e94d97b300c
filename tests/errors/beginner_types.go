package main

import (
	"fmt"
	"strconv"
)

func main() {
	age := "42"
	next := age + 1
	n := strconv.Atoi(age)
	var years int = strconv.Itoa(5)
	fmt.Println("age: " + n, next, years)
	if age == 42 {
		fmt.Println("found")
	}
}
