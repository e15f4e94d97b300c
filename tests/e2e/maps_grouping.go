package main

import (
	"fmt"
	"sort"
	"strings"
)

// Maps of slices and structs: grouping, indexing and aggregating records with deterministic output.

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Skills []string
}

type Stats struct {
	Count int
	Total int
	Max   int
}

func main() {
	staff := []Employee{
		{"ana", "eng", 120, []string{"go", "sql"}},
		{"ben", "eng", 100, []string{"go", "c"}},
		{"cat", "ops", 90, []string{"bash", "sql"}},
		{"dan", "sales", 70, nil},
		{"eve", "eng", 140, []string{"rust", "go"}},
		{"fay", "ops", 95, []string{"go"}},
	}

	byDept := map[string][]Employee{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e)
	}
	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		names := []string{}
		for _, e := range byDept[d] {
			names = append(names, e.Name)
		}
		fmt.Printf("%-5s %s\n", d, strings.Join(names, ","))
	}

	stats := map[string]*Stats{}
	for _, e := range staff {
		st, ok := stats[e.Dept]
		if !ok {
			st = &Stats{}
			stats[e.Dept] = st
		}
		st.Count++
		st.Total += e.Salary
		st.Max = max(st.Max, e.Salary)
	}
	for _, d := range depts {
		st := stats[d]
		fmt.Printf("%-5s n=%d avg=%.1f max=%d\n", d, st.Count, float64(st.Total)/float64(st.Count), st.Max)
	}

	skillIndex := map[string][]string{}
	for _, e := range staff {
		for _, s := range e.Skills {
			skillIndex[s] = append(skillIndex[s], e.Name)
		}
	}
	fmt.Println(skillIndex)
	fmt.Println(len(skillIndex["go"]), skillIndex["cobol"] == nil)

	type kv struct {
		Skill string
		N     int
	}
	var ranked []kv
	for s, who := range skillIndex {
		ranked = append(ranked, kv{s, len(who)})
	}
	sort.Slice(ranked, func(i, j int) bool {
		if ranked[i].N != ranked[j].N {
			return ranked[i].N > ranked[j].N
		}
		return ranked[i].Skill < ranked[j].Skill
	})
	fmt.Println(ranked)

	// a value-struct map needs copy-modify-store
	counts := map[string]Stats{}
	for _, e := range staff {
		c := counts[e.Dept]
		c.Count++
		counts[e.Dept] = c
	}
	fmt.Printf("%v\n%+v\n", counts, counts["eng"])

	// nested map counting: dept -> skill -> count
	matrix := map[string]map[string]int{}
	for _, e := range staff {
		if matrix[e.Dept] == nil {
			matrix[e.Dept] = map[string]int{}
		}
		for _, s := range e.Skills {
			matrix[e.Dept][s]++
		}
	}
	fmt.Println(matrix)
}
