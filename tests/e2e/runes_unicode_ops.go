package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Rune-level text operations: case mapping of non-ASCII letters through strings, counting
// by script ranges, width-aware centring, character frequency with rune map keys, sorting
// runes, and building strings from rune slices.

func script(r rune) string {
	switch {
	case r < 0x80:
		return "ascii"
	case r >= 0x0370 && r <= 0x03FF:
		return "greek"
	case r >= 0x0400 && r <= 0x04FF:
		return "cyrillic"
	case r >= 0x3040 && r <= 0x30FF:
		return "kana"
	case r >= 0x4E00 && r <= 0x9FFF:
		return "han"
	case r >= 0x1F300 && r <= 0x1FAFF:
		return "emoji"
	}
	return "other-latin"
}

func center(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return s
	}
	left := (width - n) / 2
	return strings.Repeat("·", left) + s + strings.Repeat("·", width-n-left)
}

func main() {
	samples := []string{"Straße", "ΑΘΗΝΑ", "москва", "Ærøskøbing", "Ünïcödé"}
	for _, s := range samples {
		fmt.Printf("%-12s upper=%-12s lower=%-12s runes=%d bytes=%d\n", s, strings.ToUpper(s), strings.ToLower(s),
			utf8.RuneCountInString(s), len(s))
	}
	fmt.Println(strings.EqualFold("ΑΘΗΝΑ", "αθηνα"), strings.EqualFold("Москва", "МОСКВА"))

	mixed := "Go言語とΓειά σου, мир! 🎉🚀 café"
	counts := map[string]int{}
	for _, r := range mixed {
		counts[script(r)]++
	}
	fmt.Println(counts)

	for _, w := range []string{"go", "言語", "Γειά", "🎉"} {
		fmt.Printf("[%s]\n", center(w, 8))
	}

	freq := map[rune]int{}
	for _, r := range strings.ToLower("Ἀλέξανδρος ὁ Μέγας ἀλέξανδρε") {
		if r != ' ' {
			freq[r]++
		}
	}
	keys := make([]rune, 0, len(freq))
	for r := range freq {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var sb strings.Builder
	for _, r := range keys {
		fmt.Fprintf(&sb, "%c%d ", r, freq[r])
	}
	fmt.Println(sb.String())

	word := []rune("διαφάνεια")
	sort.Slice(word, func(i, j int) bool { return word[i] < word[j] })
	fmt.Println(string(word), len(word), len(string(word)))

	// anagram groups keyed by sorted runes
	groups := map[string][]string{}
	for _, w := range strings.Fields("été tée eté listen silent enlist ñandú dúñan abc") {
		rs := []rune(w)
		sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
		groups[string(rs)] = append(groups[string(rs)], w)
	}
	var gkeys []string
	for k := range groups {
		gkeys = append(gkeys, k)
	}
	sort.Strings(gkeys)
	for _, k := range gkeys {
		fmt.Printf("%s: %v\n", k, groups[k])
	}
	fmt.Println(strings.IndexRune(mixed, 'Γ'), strings.IndexRune(mixed, '🚀'), strings.ContainsRune(mixed, 'é'))
	fmt.Println(strings.Repeat("ж", 3), strings.LastIndex(mixed, "é"))
}
