package main

import "fmt"

type point struct{ x, y int }

type key struct {
	name string
	n    [2]int
}

func sortedKeys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && ks[j] < ks[j-1]; j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
	return ks
}

func wordFreq(words []string) map[string]int {
	m := make(map[string]int)
	for _, w := range words {
		m[w]++
	}
	return m
}

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["three"]
	fmt.Println(v, ok)
	v, ok = m["four"]
	fmt.Println(v, ok)
	if n, found := m["one"]; found {
		fmt.Println("found one", n)
	}
	m["four"] = 4
	m["one"] += 10
	m["two"] *= 3
	m["five"]++
	delete(m, "three")
	delete(m, "nothing")
	for _, k := range sortedKeys(m) {
		fmt.Println(k, m[k])
	}
	fmt.Println(m)

	ids := map[string]int{}
	for _, s := range []string{"a", "b", "a", "c", "b", "d"} {
		if _, ok := ids[s]; !ok {
			ids[s] = len(ids)
		}
	}
	fmt.Println(ids)

	freq := wordFreq([]string{"x", "y", "x", "z", "x", "y"})
	fmt.Println(freq, len(freq))

	pts := map[point]string{{1, 2}: "a", {3, 4}: "b"}
	pts[point{5, 6}] = "c"
	fmt.Println(pts[point{3, 4}], pts[point{9, 9}] == "", len(pts))

	nested := map[string]map[string]int{}
	for i, s := range []string{"p", "q", "p"} {
		if nested[s] == nil {
			nested[s] = map[string]int{}
		}
		nested[s][fmt.Sprint("k", i)] = i
	}
	fmt.Println(nested)

	slices := map[int][]int{}
	for i := 0; i < 10; i++ {
		slices[i%3] = append(slices[i%3], i)
	}
	fmt.Println(slices)

	ks := map[key]bool{{"a", [2]int{1, 2}}: true}
	fmt.Println(ks[key{"a", [2]int{1, 2}}], ks[key{"a", [2]int{2, 1}}])

	var nilMap map[string]int
	fmt.Println(nilMap == nil, len(nilMap), nilMap["x"])
	for k, v := range nilMap {
		fmt.Println("never", k, v)
	}
	delete(nilMap, "x")

	big := make(map[int]int, 100)
	for i := 0; i < 1000; i++ {
		big[i] = i * i
	}
	sum := 0
	for k, v := range big {
		if v != k*k {
			fmt.Println("bad", k, v)
		}
		sum += k
	}
	for i := 0; i < 1000; i += 2 {
		delete(big, i)
	}
	fmt.Println(len(big), sum, big[999], big[998])
	clear(big)
	fmt.Println(len(big))

	// deleting during range
	dm := map[int]bool{}
	for i := 0; i < 50; i++ {
		dm[i] = true
	}
	seen := 0
	for k := range dm {
		delete(dm, k)
		seen++
	}
	fmt.Println(seen, len(dm))

	// closures capturing a map
	counts := map[rune]int{}
	add := func(s string) {
		for _, r := range s {
			counts[r]++
		}
	}
	add("hello")
	add("world")
	fmt.Println(counts['l'], counts['o'], counts['z'], len(counts))

	var ifm = map[any]int{1: 1, "a": 2, 2.5: 3, true: 4}
	fmt.Println(ifm[1], ifm["a"], ifm[2.5], ifm[true], ifm[false])

	fm := map[float64]string{0.5: "half"}
	fmt.Println(fm[0.5], len(fm))
	arr := map[[3]int]int{}
	arr[[3]int{1, 2, 3}] = 6
	fmt.Println(arr[[3]int{1, 2, 3}])
	mm := map[string]point{}
	p := mm["none"]
	fmt.Println(p.x, p.y)
	mm["a"] = point{1, 2}
	fmt.Println(mm)
}
