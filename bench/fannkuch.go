// fannkuch: the fannkuch-redux permutation benchmark.
//
// For every permutation of 1..n, repeatedly reverse the first k elements,
// where k is the first element, until the first element is 1; count the
// reversals ("flips"). Prints a checksum (the flip counts summed with
// alternating signs, in the order the permutations are generated) and the
// largest flip count. Measures tight integer loops over small slices:
// indexing, bounds checks and swaps; nothing is allocated in the loops.
//
// Permutations are generated in the order of the benchmarks game's
// reference (rotate the first i+1 elements left, with a counter per
// position), so the checksum matches the published values.
//
// Usage: fannkuch [n]   (default 7)
package main

import (
	"fmt"
	"os"
	"strconv"
)

// countFlips returns how many prefix reversals bring 0 to the front of a
// copy of perm (kept in scratch); perm itself is not changed.
func countFlips(perm, scratch []int) int {
	if perm[0] == 0 {
		return 0
	}
	copy(scratch, perm)
	flips := 0
	for first := scratch[0]; first != 0; first = scratch[0] {
		for lo, hi := 0, first; lo < hi; lo, hi = lo+1, hi-1 {
			scratch[lo], scratch[hi] = scratch[hi], scratch[lo]
		}
		flips++
	}
	return flips
}

// nextPermutation advances perm to the next permutation using the counters
// in count, and reports false when every permutation has been visited.
func nextPermutation(perm, count []int) bool {
	n := len(perm)
	for i := 1; i < n; i++ {
		// Rotate perm[0..i] left by one.
		first := perm[0]
		for j := 0; j < i; j++ {
			perm[j] = perm[j+1]
		}
		perm[i] = first
		count[i]++
		if count[i] <= i {
			return true
		}
		count[i] = 0
	}
	return false
}

// fannkuch returns the checksum and the maximum flip count over all permutations of n elements.
func fannkuch(n int) (int, int) {
	perm := make([]int, n)
	scratch := make([]int, n)
	count := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	checksum, maxFlips := 0, 0
	sign := 1
	for {
		flips := countFlips(perm, scratch)
		if flips > maxFlips {
			maxFlips = flips
		}
		checksum += sign * flips
		sign = -sign
		if !nextPermutation(perm, count) {
			break
		}
	}
	return checksum, maxFlips
}

func main() {
	n := 7
	if len(os.Args) > 1 {
		if v, _ := strconv.Atoi(os.Args[1]); v > 0 {
			n = v
		}
	}
	checksum, maxFlips := fannkuch(n)
	fmt.Printf("%d\nPfannkuchen(%d) = %d\n", checksum, n, maxFlips)
}
