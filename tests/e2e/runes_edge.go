package main

import "fmt"

func main() {
	s := "a\xffb\xc0\xafc\xed\xa0\x80d\xf4\x90\x80\x80é世\U0001F600"
	for i, r := range s {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println(len(s), len([]rune(s)))
	rs := []rune(s)
	fmt.Println(string(rs) == s, len(string(rs)))
	fmt.Println(string(rune(-1)), string(rune(0xD800)), string(rune(0x10FFFF+1)), string(rune(0x10FFFF)) == "\U0010FFFF")
	var r rune = 'é'
	fmt.Println(string(r), string(r+1), r, 'a'+1, '\x41', '\101', '\u00e9', '\'')
	raw := `line1\n
line2 "quoted" \t`
	fmt.Println(raw, len(raw))
	esc := "\a\b\f\n\r\t\v\\\"\000\x7f\u00ff\U00010000"
	fmt.Println(len(esc), []byte(esc))
	b := []byte("héllo")
	b[0] = 'H'
	fmt.Println(string(b), len(b), cap(b) >= 6)
	var runes []rune
	for _, c := range "hello, 世界" {
		runes = append(runes, c)
	}
	for i, j := 0, len(runes)-1; i < j; i, j = i+1, j-1 {
		runes[i], runes[j] = runes[j], runes[i]
	}
	fmt.Println(string(runes))
	fmt.Println("abc" < "abd", "ab" < "abc", "é" > "z", s[1], s[0:1])
	n := 0
	for range "日本語" {
		n++
	}
	fmt.Println(n)
	for i := range "ab世" {
		fmt.Print(i, " ")
	}
	fmt.Println()
}
