package main

import "fmt"

// -escape-check: storing a pointer into a global.  Every object reachable from the
// globals outlives the function that made it.

type Node struct {
	Val  int
	Next *Node
}

var head *Node
var all []*Node
var byName = map[string]*Node{}
var last *int

func push(v int) {
	n := &Node{Val: v}
	n.Next = head
	head = n
}

func record(v int) {
	n := Node{Val: v * 10}
	all = append(all, &n)
}

func name(s string, v int) {
	byName[s] = &Node{Val: v}
}

func remember(v int) {
	x := v
	last = &x
}

func scribble(k int) int {
	var a [64]int
	s := 0
	for i := range a {
		a[i] = k ^ i
		s += a[i]
	}
	return s
}

func main() {
	for i := 1; i <= 3; i++ {
		push(i)
		record(i)
	}
	name("a", 7)
	remember(99)
	fmt.Println(scribble(3))
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	for _, n := range all {
		fmt.Print(n.Val, " ")
	}
	fmt.Println(byName["a"].Val, *last)
}
