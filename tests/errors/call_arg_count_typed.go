package main

import "fmt"

func describe(name string, age int, tall bool) string {
	return fmt.Sprint(name, age, tall)
}

func pair() (int, string) { return 1, "a" }

func main() {
	name := "ann"
	age := 30
	fmt.Println(describe(name, age))
	fmt.Println(describe(name, age, true, 1.5))
	fmt.Println(describe(pair()))
}
