package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

// Dereferencing a nil pointer (walking off the end of a list).
func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	p := list
	for i := 0; i < 5; i++ {
		fmt.Println("value", p.Val)
		p = p.Next
	}
}
