package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// A word counter: normalises text, counts words, letters, lines and bigrams, prints the top
// entries sorted by count then alphabetically, and a histogram of word lengths.

const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. We had everything before us, we had nothing before us;
we were all going direct to Heaven, we were all going direct the other way.
Café déjà vu — naïve coöperation, façade!`

type WordCount struct {
	Word  string
	Count int
}

type Counter struct {
	counts map[string]int
	total  int
}

func NewCounter() *Counter { return &Counter{counts: make(map[string]int)} }

func (c *Counter) Add(w string) {
	c.counts[w]++
	c.total++
}

func (c *Counter) Top(n int) []WordCount {
	list := make([]WordCount, 0, len(c.counts))
	for w, k := range c.counts {
		list = append(list, WordCount{w, k})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func isLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0xC0 && r <= 0x24F
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !isLetter(r) && r != '\'' })
}

func main() {
	lines := strings.Split(text, "\n")
	fmt.Println("lines:", len(lines))
	fmt.Println("bytes:", len(text), "runes:", utf8.RuneCountInString(text))

	wc := NewCounter()
	bigrams := NewCounter()
	letters := map[rune]int{}
	lengths := map[int]int{}
	longest := ""
	var prev string
	for _, w := range words(text) {
		wc.Add(w)
		n := utf8.RuneCountInString(w)
		lengths[n]++
		if n > utf8.RuneCountInString(longest) || (n == utf8.RuneCountInString(longest) && w < longest) {
			longest = w
		}
		for _, r := range w {
			letters[r]++
		}
		if prev != "" {
			bigrams.Add(prev + " " + w)
		}
		prev = w
	}
	fmt.Println("words:", wc.total, "distinct:", len(wc.counts), "longest:", longest)

	fmt.Println("top words:")
	for i, e := range wc.Top(8) {
		fmt.Printf("%2d. %-8s %3d %s\n", i+1, e.Word, e.Count, strings.Repeat("*", e.Count))
	}
	fmt.Println("top bigrams:")
	for _, e := range bigrams.Top(5) {
		fmt.Printf("    %-12q %d\n", e.Word, e.Count)
	}

	fmt.Println("word lengths:")
	maxLen := 0
	for l := range lengths {
		maxLen = max(maxLen, l)
	}
	for l := 1; l <= maxLen; l++ {
		if lengths[l] > 0 {
			fmt.Printf("%2d %-20s %d\n", l, strings.Repeat("#", lengths[l]), lengths[l])
		}
	}

	type lc struct {
		r rune
		n int
	}
	var lcs []lc
	for r, n := range letters {
		lcs = append(lcs, lc{r, n})
	}
	sort.Slice(lcs, func(i, j int) bool {
		if lcs[i].n != lcs[j].n {
			return lcs[i].n > lcs[j].n
		}
		return lcs[i].r < lcs[j].r
	})
	var sb strings.Builder
	for _, x := range lcs[:10] {
		fmt.Fprintf(&sb, "%c:%d ", x.r, x.n)
	}
	fmt.Println(strings.TrimSpace(sb.String()))
	var accented []string
	for r := range letters {
		if r > 127 {
			accented = append(accented, string(r))
		}
	}
	sort.Strings(accented)
	fmt.Println("non-ASCII letters:", strings.Join(accented, ""))
	fmt.Println("per line:")
	for i, l := range lines {
		fmt.Printf("%d: %d words, first %q\n", i+1, len(words(l)), words(l)[0])
	}
}
