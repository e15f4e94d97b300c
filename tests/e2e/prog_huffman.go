package main

import (
	"fmt"
	"sort"
	"strings"
)

// Huffman coding: rune frequencies in a map, a tree built with a sorted slice as priority
// queue (ties broken deterministically), code table, encode to a bit string, decode by walking
// the tree, and compression statistics.

type Node interface {
	Weight() int
	Min() rune // smallest rune in the subtree, for deterministic tie-breaking
}

type Leaf struct {
	R rune
	W int
}

type Branch struct {
	L, R Node
	W    int
	M    rune
}

func (l *Leaf) Weight() int   { return l.W }
func (l *Leaf) Min() rune     { return l.R }
func (b *Branch) Weight() int { return b.W }
func (b *Branch) Min() rune   { return b.M }

func build(freq map[rune]int) Node {
	var q []Node
	for r, w := range freq {
		q = append(q, &Leaf{r, w})
	}
	less := func(a, b Node) bool {
		if a.Weight() != b.Weight() {
			return a.Weight() < b.Weight()
		}
		return a.Min() < b.Min()
	}
	sort.Slice(q, func(i, j int) bool { return less(q[i], q[j]) })
	if len(q) == 1 {
		return &Branch{q[0], nil, q[0].Weight(), q[0].Min()}
	}
	for len(q) > 1 {
		a, b := q[0], q[1]
		q = q[2:]
		n := &Branch{a, b, a.Weight() + b.Weight(), min(a.Min(), b.Min())}
		i := sort.Search(len(q), func(i int) bool { return less(n, q[i]) })
		q = append(q, nil)
		copy(q[i+1:], q[i:])
		q[i] = n
	}
	return q[0]
}

func codes(n Node, prefix string, table map[rune]string) {
	switch x := n.(type) {
	case *Leaf:
		if prefix == "" {
			prefix = "0"
		}
		table[x.R] = prefix
	case *Branch:
		codes(x.L, prefix+"0", table)
		if x.R != nil {
			codes(x.R, prefix+"1", table)
		}
	}
}

func encode(s string, table map[rune]string) string {
	var sb strings.Builder
	for _, r := range s {
		sb.WriteString(table[r])
	}
	return sb.String()
}

func decode(bits string, root Node) (string, error) {
	var sb strings.Builder
	n := root
	for i, b := range bits {
		br, ok := n.(*Branch)
		if !ok {
			return "", fmt.Errorf("bad tree at bit %d", i)
		}
		if b == '0' {
			n = br.L
		} else {
			n = br.R
		}
		if n == nil {
			return "", fmt.Errorf("invalid code at bit %d", i)
		}
		if l, ok := n.(*Leaf); ok {
			sb.WriteRune(l.R)
			n = root
		}
	}
	if n != root {
		return sb.String(), fmt.Errorf("truncated input")
	}
	return sb.String(), nil
}

func show(r rune) string {
	if r == ' ' {
		return "' '"
	}
	return string(r)
}

func main() {
	texts := []string{
		"abracadabra",
		"this is an example of a huffman tree",
		"aaaaaaaa",
		"¡Hola, señor niño! ñññ",
	}
	for _, t := range texts {
		freq := map[rune]int{}
		for _, r := range t {
			freq[r]++
		}
		root := build(freq)
		table := map[rune]string{}
		codes(root, "", table)
		keys := make([]rune, 0, len(table))
		for r := range table {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool {
			if len(table[keys[i]]) != len(table[keys[j]]) {
				return len(table[keys[i]]) < len(table[keys[j]])
			}
			return keys[i] < keys[j]
		})
		fmt.Printf("%q\n", t)
		var parts []string
		for _, r := range keys {
			parts = append(parts, fmt.Sprintf("%s=%s(%d)", show(r), table[r], freq[r]))
		}
		fmt.Println("  codes:", strings.Join(parts, " "))
		bits := encode(t, table)
		if len(bits) <= 64 {
			fmt.Println("  bits:", bits)
		}
		back, err := decode(bits, root)
		fmt.Printf("  %d bits vs %d bytes*8=%d (%.1f%%), round trip ok: %v %v\n",
			len(bits), len(t), len(t)*8, 100*float64(len(bits))/float64(len(t)*8), back == t, err)
	}
	freq := map[rune]int{'a': 5, 'b': 2, 'c': 1}
	root := build(freq)
	_, err := decode("0101", root)
	fmt.Println(err)
	s, err := decode("1", root)
	fmt.Printf("%q %v\n", s, err)
}
