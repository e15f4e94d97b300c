// binarytrees: allocate and walk many small binary trees.
//
// Measures the allocator and the garbage collector: every node is made with
// &Node{...} inside a recursive function that returns it, so every node
// escapes to the heap. A "stretch" tree of depth maxDepth+1 is built and
// dropped, a long-lived tree of depth maxDepth is kept for the whole run, and
// for depth = 4, 6, ..., maxDepth, 2^(maxDepth-depth+4) short-lived trees of
// that depth are built, checked and dropped.
//
// Usage: binarytrees [maxDepth]   (default 10)
package main

import (
	"fmt"
	"os"
	"strconv"
)

// Node is a tree node; a leaf has both children nil.
type Node struct {
	left, right *Node
}

// minDepth is the depth of the smallest short-lived trees.
const minDepth = 4

// makeTree builds a complete binary tree of the given depth (a leaf has depth 0).
func makeTree(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{left: makeTree(depth - 1), right: makeTree(depth - 1)}
}

// countNodes walks a tree and returns how many nodes it has.
func countNodes(n *Node) int {
	if n.left == nil {
		return 1
	}
	return 1 + countNodes(n.left) + countNodes(n.right)
}

func main() {
	n := 10
	if len(os.Args) > 1 {
		if v, _ := strconv.Atoi(os.Args[1]); v > 0 {
			n = v
		}
	}
	maxDepth := n
	if maxDepth < minDepth+2 {
		maxDepth = minDepth + 2
	}

	stretch := maxDepth + 1
	fmt.Printf("stretch tree of depth %d\t check: %d\n", stretch, countNodes(makeTree(stretch)))

	longLived := makeTree(maxDepth)

	for depth := minDepth; depth <= maxDepth; depth += 2 {
		iterations := 1 << uint(maxDepth-depth+minDepth)
		check := 0
		for i := 0; i < iterations; i++ {
			check += countNodes(makeTree(depth))
		}
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", iterations, depth, check)
	}

	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, countNodes(longLived))
}
