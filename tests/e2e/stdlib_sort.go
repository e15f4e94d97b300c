package main

import (
	"fmt"
	"sort"
	"strings"
)

// sort: Ints, Strings, Float64s, Slice, SliceStable, Sort and Stable with sort.Interface,
// Reverse, Search, SearchInts, IsSorted.

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type byLenThenAlpha []string

func (s byLenThenAlpha) Len() int      { return len(s) }
func (s byLenThenAlpha) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byLenThenAlpha) Less(i, j int) bool {
	if len(s[i]) != len(s[j]) {
		return len(s[i]) < len(s[j])
	}
	return s[i] < s[j]
}

func main() {
	ints := []int{5, 2, 8, -1, 9, 2, 0}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	fmt.Println(sort.SearchInts(ints, 8), sort.SearchInts(ints, 3), sort.SearchInts(ints, 100))

	strs := []string{"pear", "Apple", "banana", "apple", "", "Ω", "zebra"}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	fmt.Println(sort.SearchStrings(strs, "banana"), sort.StringsAreSorted(strs))

	fl := []float64{2.5, -1, 3.25, 0, 1e-9}
	sort.Float64s(fl)
	fmt.Println(fl)

	people := []Person{{"alice", 30}, {"bob", 25}, {"carol", 35}, {"dave", 25}, {"eve", 30}}
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people[0], people[len(people)-1].Age)

	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	fmt.Println(sort.SliceIsSorted(people, func(i, j int) bool { return people[i].Age < people[j].Age }))

	words := strings.Fields("the quick brown fox jumps over the lazy dog a an")
	sort.Sort(byLenThenAlpha(words))
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Println(words)
	sort.Sort(sort.IntSlice(ints))
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)

	// binary search with a predicate: first square >= 1000
	i := sort.Search(100, func(i int) bool { return i*i >= 1000 })
	fmt.Println(i, i*i)
	sorted := []int{1, 3, 5, 7, 9, 11}
	idx := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 6 })
	fmt.Println(idx, sorted[idx])
	pos, found := sort.Find(len(sorted), func(i int) int { return 7 - sorted[i] })
	fmt.Println(pos, found)

	// sort a large slice built from a linear congruential generator
	seq := make([]int, 200)
	x := 12345
	for i := range seq {
		x = (x*1103515245 + 12345) % 2147483648
		seq[i] = x % 1000
	}
	sort.Ints(seq)
	fmt.Println(seq[:10], seq[190:], sort.IntsAreSorted(seq))

	// sort map keys for deterministic output
	m := map[string]int{"c": 3, "a": 1, "b": 2, "aa": 11}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()
	sort.Slice(keys, func(i, j int) bool { return m[keys[i]] > m[keys[j]] })
	fmt.Println(keys)
}
