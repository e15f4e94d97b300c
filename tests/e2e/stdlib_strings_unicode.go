package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// strings and unicode beyond ASCII: case mapping in Latin-1, Latin
// Extended-A, Greek and Cyrillic, folding, Unicode spaces, rune-wise
// splitting and searching, invalid UTF-8.

func main() {
	for _, s := range []string{"ÀÉÎÕÜ àéîõü ÿ", "Ελληνικά ΣΟΦΙΑ σοφία", "Русский ТЕКСТ ёЁ",
		"Łódź ŻÓŁW ĳ Ŀ", "ﬀ Ｆｕｌｌ", "mixed ASCII and ß"} {
		fmt.Printf("%q %q %q\n", s, strings.ToUpper(s), strings.ToLower(s))
	}
	fmt.Println(strings.EqualFold("ΣΟΦΙΑ", "σοφια"), strings.EqualFold("Привет", "пРИВЕТ"),
		strings.EqualFold("ÿ", "Ÿ"), strings.EqualFold("a", "á"), strings.EqualFold("ſ", "S"))
	fmt.Printf("%q\n", strings.Fields("a\u00a0b\u2003c\u3000d\u0085e\tf"))
	fmt.Printf("%q\n", strings.TrimSpace("\u2003\u00a0 hi \u3000\n"))
	fmt.Printf("%q\n", strings.Split("a€b😀", ""))
	fmt.Printf("%q\n", strings.SplitN("a€b😀c", "", 3))
	fmt.Printf("%q\n", strings.SplitAfterN("1,2,3,4", ",", 3))
	fmt.Printf("%q\n", strings.SplitN("1,2,3", ",", 0) == nil)
	fmt.Println(strings.Index("日本語の文", "語"), strings.IndexRune("héllo", 'l'), strings.IndexRune("a\xffb", utf8.RuneError))
	fmt.Println(strings.LastIndex("go gopher go", "go"), strings.LastIndex("x", ""), strings.IndexAny("日本語", "語本"))
	fmt.Println(strings.ContainsFunc("abc1", unicode.IsDigit), strings.LastIndexFunc("a1b2c", unicode.IsDigit))
	fmt.Println(strings.Count("日本日本日", "日"), strings.Count("€€€", ""))
	fmt.Printf("%q\n", strings.Replace("€a€a€", "", "|", 3))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a b\tç\nд"))
	fmt.Printf("%q\n", strings.ToUpper("a\xffb"))
	fmt.Printf("%q %q\n", strings.TrimLeft("€€x€", "€"), strings.TrimRight("x€y€€", "€"))
	after, ok := strings.CutPrefix("prefix:rest", "prefix:")
	fmt.Println(after, ok)
	before, ok := strings.CutSuffix("file.go", ".rs")
	fmt.Println(before, ok)
	fmt.Println(strings.ToTitle("hello wörld"))
	for _, r := range "aZ9 é\t!Ж" {
		fmt.Print(unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsPunct(r), " ")
	}
	fmt.Println()
	fmt.Println(strings.Repeat("ab", 0) == "", strings.Repeat("é", 3))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(strings.Repeat("x", -1))
}
