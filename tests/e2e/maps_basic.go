package main

import (
	"fmt"
	"sort"
)

// Map basics: literals, index, assignment, comma-ok, delete, len, zero values, range with sorted keys.

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	ages := map[string]int{
		"alice": 31,
		"bob":   27,
		"carol": 45,
	}
	fmt.Println(len(ages), ages)
	ages["dave"] = 19
	ages["alice"]++
	fmt.Println(ages["alice"], ages["dave"], ages["nobody"])

	if v, ok := ages["bob"]; ok {
		fmt.Println("bob is", v)
	}
	if _, ok := ages["erin"]; !ok {
		fmt.Println("erin missing")
	}
	delete(ages, "bob")
	delete(ages, "bob") // deleting a missing key is fine
	delete(ages, "zed")
	fmt.Println(len(ages), ages)

	for _, k := range sortedKeys(ages) {
		fmt.Printf("%-6s %3d\n", k, ages[k])
	}

	total := 0
	for _, v := range ages {
		total += v
	}
	fmt.Println("total age", total)

	counts := make(map[rune]int)
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	fmt.Printf("%v %d\n", counts['s'], len(counts))

	m2 := make(map[int]string, 100)
	for i := range 10 {
		m2[i*i] = fmt.Sprint(i)
	}
	fmt.Println(len(m2), m2[49], m2[50] == "", m2)

	// maps are references
	alias := ages
	alias["new"] = 1
	fmt.Println(ages["new"], len(ages) == len(alias))

	// modifying during range: deleting all entries is allowed
	for k := range alias {
		delete(alias, k)
	}
	fmt.Println(len(ages), ages)

	// map of maps
	graph := map[string]map[string]bool{}
	add := func(a, b string) {
		if graph[a] == nil {
			graph[a] = map[string]bool{}
		}
		graph[a][b] = true
	}
	add("a", "b")
	add("a", "c")
	add("b", "c")
	fmt.Println(graph, graph["a"]["c"], graph["c"]["a"], len(graph["zz"]))

	// value types: struct values need reassignment
	type P struct{ X, Y int }
	pm := map[string]P{"o": {0, 0}}
	p := pm["o"]
	p.X = 5
	pm["o"] = p
	fmt.Println(pm)
	ptrs := map[string]*P{"q": {1, 1}}
	ptrs["q"].Y = 9
	fmt.Println(*ptrs["q"])
}
