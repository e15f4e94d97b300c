package main

import (
	"fmt"
	"strings"
)

// strings.Builder: WriteString, WriteByte, WriteRune, Fprintf into it, Len, Reset, Grow;
// used to render a table and a wrapped paragraph.

func table(header []string, rows [][]string) string {
	widths := make([]int, len(header))
	for i, h := range header {
		widths[i] = len(h)
	}
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], len(c))
		}
	}
	var b strings.Builder
	sep := func() {
		b.WriteByte('+')
		for _, w := range widths {
			b.WriteString(strings.Repeat("-", w+2))
			b.WriteByte('+')
		}
		b.WriteByte('\n')
	}
	line := func(cells []string) {
		b.WriteByte('|')
		for i, c := range cells {
			fmt.Fprintf(&b, " %-*s |", widths[i], c)
		}
		b.WriteByte('\n')
	}
	sep()
	line(header)
	sep()
	for _, r := range rows {
		line(r)
	}
	sep()
	return b.String()
}

func wrap(text string, width int) string {
	var b strings.Builder
	col := 0
	for _, w := range strings.Fields(text) {
		if col > 0 && col+1+len(w) > width {
			b.WriteRune('\n')
			col = 0
		}
		if col > 0 {
			b.WriteRune(' ')
			col++
		}
		b.WriteString(w)
		col += len(w)
	}
	return b.String()
}

func main() {
	fmt.Print(table([]string{"lang", "year", "typing"}, [][]string{
		{"Go", "2009", "static"},
		{"Python", "1991", "dynamic"},
		{"C", "1972", "static, weak"},
	}))

	fmt.Println(wrap("Go is an open source programming language that makes it simple to build secure, scalable systems.", 24))

	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.Grow(64)
	for i := range 5 {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%d²=%d", i, i*i)
	}
	fmt.Println(b.String(), b.Len())
	n, err := b.WriteString("!")
	fmt.Println(n, err)
	b.WriteRune('é')
	b.WriteRune('世')
	b.WriteByte('.')
	fmt.Println(b.String(), b.Len())
	b.Reset()
	b.WriteString("fresh")
	fmt.Println(b.String(), b.Len())

	// building a string rune by rune, in reverse
	var rev strings.Builder
	word := "stressed 😀"
	rs := []rune(word)
	for i := len(rs) - 1; i >= 0; i-- {
		rev.WriteRune(rs[i])
	}
	fmt.Println(rev.String())

	// a builder passed by pointer to helpers
	var out strings.Builder
	emit := func(sb *strings.Builder, depth int, s string) {
		sb.WriteString(strings.Repeat("  ", depth))
		sb.WriteString(s)
		sb.WriteByte('\n')
	}
	emit(&out, 0, "root")
	emit(&out, 1, "child")
	emit(&out, 2, "grandchild")
	emit(&out, 1, "sibling")
	fmt.Print(out.String())
	fmt.Println(strings.Count(out.String(), "\n"))
}
