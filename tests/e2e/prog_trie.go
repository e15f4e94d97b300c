package main

import (
	"fmt"
	"sort"
	"strings"
)

// A trie with rune-keyed children for autocomplete: insert with frequencies, prefix search
// returning ranked completions, deletion with pruning, and longest common prefix.

type Trie struct {
	children map[rune]*Trie
	count    int // >0 marks a word end, holding its frequency
	words    int // words in this subtree
}

func New() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Insert(word string, freq int) {
	n := t
	n.words++
	for _, r := range word {
		child, ok := n.children[r]
		if !ok {
			child = New()
			n.children[r] = child
		}
		n = child
		n.words++
	}
	if n.count > 0 {
		// already present: undo the word counts, bump frequency
		m := t
		m.words--
		for _, r := range word {
			m = m.children[r]
			m.words--
		}
	}
	n.count += freq
}

func (t *Trie) find(prefix string) *Trie {
	n := t
	for _, r := range prefix {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

type Completion struct {
	Word string
	Freq int
}

func (t *Trie) collect(prefix []rune, out *[]Completion) {
	if t.count > 0 {
		*out = append(*out, Completion{string(prefix), t.count})
	}
	keys := make([]rune, 0, len(t.children))
	for r := range t.children {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, r := range keys {
		t.children[r].collect(append(prefix, r), out)
	}
}

func (t *Trie) Complete(prefix string, limit int) []Completion {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []Completion
	n.collect([]rune(prefix), &out)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Freq > out[j].Freq })
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

func (t *Trie) Delete(word string) bool {
	n := t.find(word)
	if n == nil || n.count == 0 {
		return false
	}
	n.count = 0
	cur := t
	cur.words--
	for _, r := range word {
		next := cur.children[r]
		next.words--
		if next.words == 0 {
			delete(cur.children, r)
			return true
		}
		cur = next
	}
	return true
}

func (t *Trie) LongestCommonPrefix() string {
	var sb strings.Builder
	n := t
	for len(n.children) == 1 && n.count == 0 {
		for r, c := range n.children {
			sb.WriteRune(r)
			n = c
		}
	}
	return sb.String()
}

func main() {
	t := New()
	corpus := "go gopher golang good goods goal go go gopher gone golang go car cart carbon care careful café café"
	for _, w := range strings.Fields(corpus) {
		t.Insert(w, 1)
	}
	fmt.Println("words:", t.words)
	for _, p := range []string{"go", "gop", "car", "caf", "x", ""} {
		fmt.Printf("%-4q -> %v\n", p, t.Complete(p, 4))
	}
	fmt.Println(t.Delete("golang"), t.Delete("golang"), t.Delete("gol"), t.Delete("carbon"))
	fmt.Println("after delete:", t.Complete("go", 10), t.Complete("car", 10), t.words)
	fmt.Println(len(t.find("ca").children), t.find("carb") == nil)

	t2 := New()
	for _, w := range []string{"interstellar", "internet", "interval", "internal"} {
		t2.Insert(w, 1)
	}
	fmt.Printf("%q\n", t2.LongestCommonPrefix())
	t2.Insert("inter", 5)
	fmt.Printf("%q %v\n", t2.LongestCommonPrefix(), t2.Complete("inte", 3))
	t3 := New()
	t3.Insert("日本語", 1)
	t3.Insert("日本", 2)
	fmt.Printf("%q %v\n", t3.LongestCommonPrefix(), t3.Complete("日", 5))
}
