package main

import "fmt"

// Word frequencies without maps: split text into lowercase words, sort them, count runs,
// then sort the counts (descending, ties alphabetical).
const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us.`

type WordCount struct {
	Word  string
	Count int
}

func words(s string) []string {
	var out []string
	var cur []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 'a' && c <= 'z' {
			cur = append(cur, c)
		} else if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	if len(cur) > 0 {
		out = append(out, string(cur))
	}
	return out
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func less(a, b WordCount) bool {
	if a.Count != b.Count {
		return a.Count > b.Count
	}
	return a.Word < b.Word
}

func sortCounts(a []WordCount) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && less(a[j], a[j-1]); j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	ws := words(text)
	fmt.Println("words:", len(ws))
	sortStrings(ws)
	var counts []WordCount
	for i := 0; i < len(ws); {
		j := i
		for j < len(ws) && ws[j] == ws[i] {
			j++
		}
		counts = append(counts, WordCount{ws[i], j - i})
		i = j
	}
	fmt.Println("distinct:", len(counts))
	sortCounts(counts)
	for i, wc := range counts {
		if i >= 10 {
			break
		}
		fmt.Printf("%2d. %-12s %3d %s\n", i+1, wc.Word, wc.Count, bar(wc.Count))
	}
	fmt.Printf("%+v\n", counts[len(counts)-1])
}

func bar(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "*"
	}
	return s
}
