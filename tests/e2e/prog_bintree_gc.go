package main

import "fmt"

// Allocation-heavy binary trees (after the binary-trees benchmark): builds and discards
// hundreds of megabytes of small nodes while keeping one long-lived tree, so the collector
// must run and must not free anything reachable. Prints checksums only.
type Node struct {
	Left, Right *Node
	Val         int
}

func build(depth, val int) *Node {
	n := &Node{Val: val}
	if depth > 0 {
		n.Left = build(depth-1, 2*val)
		n.Right = build(depth-1, 2*val+1)
	}
	return n
}

func check(n *Node) int {
	if n == nil {
		return 0
	}
	return 1 + check(n.Left) + check(n.Right)
}

func sum(n *Node) int {
	if n == nil {
		return 0
	}
	return n.Val + sum(n.Left) + sum(n.Right)
}

func main() {
	const maxDepth = 16
	longLived := build(maxDepth, 1)
	fmt.Println("long-lived nodes:", check(longLived))
	total := 0
	// Each depth allocates about 2^maxDepth nodes per round; in all about 200 MB of nodes.
	for depth := 4; depth <= maxDepth; depth += 2 {
		iterations := 1 << (maxDepth - depth + 4)
		checks := 0
		for i := 0; i < iterations; i++ {
			t := build(depth, i)
			checks += check(t)
		}
		total += checks
		fmt.Printf("%d trees of depth %d: check %d\n", iterations, depth, checks)
	}
	fmt.Println("total nodes:", total)
	fmt.Println("long-lived still:", check(longLived), sum(longLived))
}
