package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Rune-aware text utilities: truncation, padding to display width, palindromes, capitalisation,
// a rot13 and a rune histogram.

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	rs := []rune(s)
	return string(rs[:n-1]) + "…"
}

func padRight(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return s
	}
	return s + strings.Repeat(".", width-n)
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if r == ' ' || r == ',' || r == '!' || r == '\'' {
			continue
		}
		rs = append(rs, r)
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func capitalize(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = strings.ToUpper(string(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

func rot13(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			r = 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			r = 'A' + (r-'A'+13)%26
		}
		out = append(out, r)
	}
	return string(out)
}

func main() {
	items := []string{"short", "a much longer title", "日本語のテキストです", "ünïcödé wörds", ""}
	for _, it := range items {
		fmt.Printf("[%s] [%s]\n", padRight(truncate(it, 10), 12), truncate(it, 3+len(it)))
	}
	for _, p := range []string{"A man, a plan, a canal, Panama!", "été", "Was it a car or a cat I saw", "gosub", "ÀbÀ"} {
		fmt.Printf("%q palindrome=%v\n", p, isPalindrome(p))
	}
	fmt.Println(capitalize("élan vital and über cool ñandú"))
	fmt.Println(rot13("Hello, World! ñ"), rot13(rot13("Hello, World! ñ")))

	hist := map[rune]int{}
	text := "ça va? ça va bien, très bien"
	for _, r := range text {
		if r != ' ' {
			hist[r]++
		}
	}
	fmt.Println(hist)
	best, bestN := rune(0), 0
	for r, n := range hist {
		if n > bestN || (n == bestN && r < best) {
			best, bestN = r, n
		}
	}
	fmt.Printf("most common: %c (%d)\n", best, bestN)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'à'
		}
		if r == ' ' {
			return -1
		}
		return r
	}, text))
}
