package main

import "fmt"

type Animal interface{ Sound() string }

type Dog struct{}

func (Dog) Sound() string { return "woof" }

func main() {
	var a Animal = Dog{}
	switch v := a.(type) {
	case Dog:
		fmt.Println(v.Sound())
	case string:
		fmt.Println(v)
	case Dog:
	}
	switch a.(type) {
	case int:
		fallthrough
	default:
	}
	x := a.(type)
	_ = x
}
