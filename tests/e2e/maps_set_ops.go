package main

import (
	"fmt"
	"sort"
	"strings"
)

// A set type built on map[T]struct{}: union, intersection, difference, equality, subsets.

type Set map[string]struct{}

func NewSet(items ...string) Set {
	s := Set{}
	for _, it := range items {
		s[it] = struct{}{}
	}
	return s
}

func (s Set) Has(x string) bool {
	_, ok := s[x]
	return ok
}

func (s Set) Union(o Set) Set {
	r := Set{}
	for k := range s {
		r[k] = struct{}{}
	}
	for k := range o {
		r[k] = struct{}{}
	}
	return r
}

func (s Set) Intersect(o Set) Set {
	r := Set{}
	for k := range s {
		if o.Has(k) {
			r[k] = struct{}{}
		}
	}
	return r
}

func (s Set) Minus(o Set) Set {
	r := Set{}
	for k := range s {
		if !o.Has(k) {
			r[k] = struct{}{}
		}
	}
	return r
}

func (s Set) SubsetOf(o Set) bool {
	for k := range s {
		if !o.Has(k) {
			return false
		}
	}
	return true
}

func (s Set) Equal(o Set) bool { return len(s) == len(o) && s.SubsetOf(o) }

func (s Set) String() string {
	items := make([]string, 0, len(s))
	for k := range s {
		items = append(items, k)
	}
	sort.Strings(items)
	return "{" + strings.Join(items, " ") + "}"
}

type IntSet map[int]bool

func (s IntSet) Sorted() []int {
	out := []int{}
	for k, present := range s {
		if present {
			out = append(out, k)
		}
	}
	sort.Ints(out)
	return out
}

func main() {
	a := NewSet("go", "c", "rust", "zig")
	b := NewSet("go", "python", "c", "java")
	fmt.Println(a, b)
	fmt.Println("union    ", a.Union(b))
	fmt.Println("intersect", a.Intersect(b))
	fmt.Println("a-b      ", a.Minus(b))
	fmt.Println("b-a      ", b.Minus(a))
	fmt.Println(NewSet("go").SubsetOf(a), a.SubsetOf(b), a.Equal(NewSet("zig", "rust", "c", "go")))
	fmt.Println(len(Set{}), Set{}.Equal(nil), Set(nil).Has("x"))
	fmt.Printf("%v %d\n", a.Union(nil), len(a.Minus(a)))

	primes := IntSet{}
	for n := 2; n < 60; n++ {
		primes[n] = true
	}
	for n := 2; n*n < 60; n++ {
		if primes[n] {
			for m := n * n; m < 60; m += n {
				primes[m] = false
			}
		}
	}
	fmt.Println(primes.Sorted())
	fmt.Println(len(primes))

	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	seen := map[string]int{}
	var firstDup string
	for i, w := range words {
		if _, dup := seen[w]; dup && firstDup == "" {
			firstDup = w
		}
		if _, ok := seen[w]; !ok {
			seen[w] = i
		}
	}
	fmt.Println(firstDup, seen)
	letters := Set{}
	for _, w := range words {
		for _, r := range w {
			letters[string(r)] = struct{}{}
		}
	}
	fmt.Println(len(letters), letters)
}
