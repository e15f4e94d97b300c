package main

import (
	"fmt"
	"strings"
)

// The strings package: searching, splitting, joining, replacing, case mapping, trimming.

func main() {
	s := "The quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsRune(s, 'q'), strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, ""))
	fmt.Println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.Index(s, "cat"), strings.IndexByte(s, 'z'))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"), strings.IndexRune("日本語", '語'))
	fmt.Println(strings.HasPrefix(s, "The"), strings.HasSuffix(s, "dog"), strings.HasPrefix(s, "the"))
	fmt.Println(strings.Count(s, "o"), strings.Count("five", ""), strings.Count("cheese", "e"))

	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  lots   of\tspace\n here  "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c33d", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Join(nil, ","), strings.Join([]string{"solo"}, ","))

	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"), strings.ReplaceAll("abc", "", "-"))
	fmt.Println(strings.ToUpper("Hello, Wörld ß"), strings.ToLower("HELLO, WÖRLD"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"))

	fmt.Printf("%q\n", strings.TrimSpace("  \t hi there \n "))
	fmt.Printf("%q\n", strings.Trim("xxhixx", "x"))
	fmt.Printf("%q\n", strings.Trim("  !!hi!! ", " !"))
	fmt.Printf("%q\n", strings.TrimLeft("aabbcc", "ab"))
	fmt.Printf("%q\n", strings.TrimRight("aabbcc", "bc"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimPrefix("body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.tar.gz", ".gz"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))

	before, after, found := strings.Cut("key=value=more", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	fmt.Println(strings.IndexFunc("hello world", func(r rune) bool { return r == ' ' }))
	fmt.Println(strings.LastIndexByte("a/b/c", '/'), strings.LastIndexAny("golang", "go"))

	esc := strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll("<a href=\"x&y\">", "&", "&amp;"), "<", "&lt;"), ">", "&gt;")
	fmt.Println(esc)

	lines := strings.Split("name: gosub\nlang: C17\n\nbackend: LLVM", "\n")
	for i, l := range lines {
		k, v, ok := strings.Cut(l, ":")
		fmt.Printf("%d %q %q %v\n", i, strings.TrimSpace(k), strings.TrimSpace(v), ok)
	}
}
