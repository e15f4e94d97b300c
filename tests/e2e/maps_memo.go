package main

import (
	"fmt"
	"sort"
)

// Maps as memo tables and counters in algorithms: memoised recursion with struct keys,
// dynamic programming over string pairs, two-sum with a value->index map, and frequency
// based top-k with deterministic tie-breaking.

type gridKey struct{ r, c int }

func paths(r, c int, blocked map[gridKey]bool, memo map[gridKey]int) int {
	k := gridKey{r, c}
	if blocked[k] || r < 0 || c < 0 {
		return 0
	}
	if r == 0 && c == 0 {
		return 1
	}
	if v, ok := memo[k]; ok {
		return v
	}
	v := paths(r-1, c, blocked, memo) + paths(r, c-1, blocked, memo)
	memo[k] = v
	return v
}

type pair struct{ a, b string }

func editDistance(a, b string, memo map[pair]int) int {
	if a == "" {
		return len(b)
	}
	if b == "" {
		return len(a)
	}
	if v, ok := memo[pair{a, b}]; ok {
		return v
	}
	var d int
	if a[0] == b[0] {
		d = editDistance(a[1:], b[1:], memo)
	} else {
		d = 1 + min(editDistance(a[1:], b, memo), editDistance(a, b[1:], memo), editDistance(a[1:], b[1:], memo))
	}
	memo[pair{a, b}] = d
	return d
}

func twoSum(nums []int, target int) (int, int, bool) {
	seen := map[int]int{}
	for i, n := range nums {
		if j, ok := seen[target-n]; ok {
			return j, i, true
		}
		seen[n] = i
	}
	return -1, -1, false
}

func partitions(n, max int, memo map[[2]int]int) int {
	if n == 0 {
		return 1
	}
	if n < 0 || max == 0 {
		return 0
	}
	key := [2]int{n, max}
	if v, ok := memo[key]; ok {
		return v
	}
	v := partitions(n-max, max, memo) + partitions(n, max-1, memo)
	memo[key] = v
	return v
}

func topK(words []string, k int) []string {
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	uniq := make([]string, 0, len(freq))
	for w := range freq {
		uniq = append(uniq, w)
	}
	sort.Slice(uniq, func(i, j int) bool {
		if freq[uniq[i]] != freq[uniq[j]] {
			return freq[uniq[i]] > freq[uniq[j]]
		}
		return uniq[i] < uniq[j]
	})
	if k < len(uniq) {
		uniq = uniq[:k]
	}
	return uniq
}

func main() {
	blocked := map[gridKey]bool{{1, 1}: true, {2, 3}: true, {4, 2}: true}
	memo := map[gridKey]int{}
	fmt.Println("grid paths:", paths(6, 6, blocked, memo), "memo size:", len(memo))
	fmt.Println("open 10x10:", paths(10, 10, nil, map[gridKey]int{}))

	em := map[pair]int{}
	for _, p := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"gosub", "go sub"}, {"", "abc"}, {"same", "same"}} {
		fmt.Printf("edit(%q,%q) = %d\n", p[0], p[1], editDistance(p[0], p[1], em))
	}
	fmt.Println("edit memo entries:", len(em))

	nums := []int{3, 9, -2, 14, 7, 5, 11}
	for _, t := range []int{12, 25, 100, 1} {
		i, j, ok := twoSum(nums, t)
		fmt.Println("twoSum", t, "->", i, j, ok)
	}

	pm := map[[2]int]int{}
	for _, n := range []int{5, 10, 50, 100} {
		fmt.Printf("p(%d) = %d\n", n, partitions(n, n, pm))
	}
	fmt.Println("partition memo:", len(pm))

	words := []string{"go", "c", "go", "rust", "c", "zig", "go", "odin", "zig", "c", "ada"}
	fmt.Println(topK(words, 3), topK(words, 10))
}
