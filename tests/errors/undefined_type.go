package main

import "fmt"

type Tree struct {
	left, right *Node
}

func walk(t *Tree) Result {
	return nil
}

func main() {
	var items []Item
	fmt.Println(items, walk(nil))
}
