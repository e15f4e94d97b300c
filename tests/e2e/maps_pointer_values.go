package main

import (
	"fmt"
	"sort"
	"strings"
)

// Maps holding pointers, slices and structs: mutation through map values, the "cannot assign
// to struct field in map" workaround, pointer keys for identity, maps inside structs copied by
// reference, and iteration while mutating values in place.

type Node struct {
	Name     string
	Children []*Node
	Visits   int
}

type Registry struct {
	byName map[string]*Node
	parent map[*Node]*Node
}

func NewRegistry() *Registry {
	return &Registry{byName: map[string]*Node{}, parent: map[*Node]*Node{}}
}

func (r *Registry) Add(parent, name string) *Node {
	n := &Node{Name: name}
	r.byName[name] = n
	if p, ok := r.byName[parent]; ok {
		p.Children = append(p.Children, n)
		r.parent[n] = p
	}
	return n
}

func (r *Registry) Path(name string) string {
	var parts []string
	for n := r.byName[name]; n != nil; n = r.parent[n] {
		parts = append([]string{n.Name}, parts...)
	}
	return strings.Join(parts, "/")
}

type Point struct{ X, Y int }

type Scores struct {
	byPlayer map[string][]int
}

func main() {
	r := NewRegistry()
	r.Add("", "root")
	r.Add("root", "usr")
	r.Add("root", "etc")
	r.Add("usr", "bin")
	r.Add("usr", "lib")
	r.Add("bin", "go")
	for _, n := range []string{"go", "lib", "etc", "root", "nope"} {
		fmt.Printf("%-5s %q\n", n, r.Path(n))
	}
	r.byName["usr"].Visits++
	r.byName["usr"].Visits++
	fmt.Println(r.byName["usr"].Visits, len(r.byName["usr"].Children), len(r.parent))

	// identity: two equal structs behind different pointers are different keys
	a, b := &Point{1, 1}, &Point{1, 1}
	seen := map[*Point]string{a: "a", b: "b"}
	fmt.Println(len(seen), seen[a], seen[b], *a == *b)
	byValue := map[Point]string{*a: "a", *b: "b"}
	fmt.Println(len(byValue), byValue[Point{1, 1}])

	// struct values in maps: copy, modify, store back
	pts := map[string]Point{"p": {0, 0}, "q": {5, 5}}
	for k, p := range pts {
		p.X += 10
		pts[k] = p
	}
	fmt.Println(pts)

	// slices in maps: append needs the store, element writes do not
	s := Scores{byPlayer: map[string][]int{}}
	s.byPlayer["ann"] = append(s.byPlayer["ann"], 10, 20)
	s.byPlayer["bob"] = append(s.byPlayer["bob"], 5)
	s.byPlayer["ann"][0] = 15
	copyS := s // copies the struct, shares the map
	copyS.byPlayer["cy"] = []int{1}
	fmt.Println(s.byPlayer, len(copyS.byPlayer))

	// pointers as values: modify while iterating
	counters := map[string]*int{}
	for _, w := range strings.Fields("a b a c b a") {
		if counters[w] == nil {
			counters[w] = new(int)
		}
		*counters[w]++
	}
	keys := make([]string, 0)
	for k, p := range counters {
		*p *= 10
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", *counters[k], " ")
	}
	fmt.Println()

	// map of funcs as a dispatch table
	ops := map[string]func(Point) Point{
		"flip":  func(p Point) Point { return Point{p.Y, p.X} },
		"neg":   func(p Point) Point { return Point{-p.X, -p.Y} },
		"shift": func(p Point) Point { return Point{p.X + 1, p.Y} },
	}
	p := Point{2, 7}
	for _, name := range []string{"flip", "shift", "neg", "missing"} {
		if f, ok := ops[name]; ok {
			p = f(p)
		}
		fmt.Println(name, p)
	}
}
