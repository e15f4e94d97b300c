package main

import "fmt"

// Reading from a nil map works; writing to one panics (uncaught here).

type Index struct {
	name  string
	words map[string][]int
}

func (ix *Index) Lookup(w string) []int { return ix.words[w] }

func (ix *Index) Add(w string, pos int) {
	ix.words[w] = append(ix.words[w], pos)
}

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["y"]
	fmt.Println(v, ok)
	for k, v := range m {
		fmt.Println("never", k, v)
	}
	delete(m, "x") // no-op on nil map
	clear(m)
	fmt.Println(m, len(m))

	ix := &Index{name: "docs"}
	fmt.Println(ix.Lookup("go"), len(ix.Lookup("go")), ix.Lookup("go") == nil)

	var nested map[string]map[string]int
	fmt.Println(nested["a"]["b"])

	ok2 := &Index{name: "ready", words: map[string][]int{}}
	ok2.Add("go", 1)
	ok2.Add("go", 5)
	fmt.Println(ok2.words)

	// a nil map inside a struct literal, and len/range over map values of a nil map
	type Registry struct {
		byID map[int]string
	}
	var reg Registry
	fmt.Println(len(reg.byID), reg.byID[7] == "")
	if name, found := reg.byID[7]; !found {
		fmt.Printf("id 7 not found (%q)\n", name)
	}

	fmt.Println("adding to the nil map")
	ix.Add("go", 3)
	fmt.Println("not reached")
}
