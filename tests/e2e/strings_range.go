package main

import "fmt"

// range over a string decodes UTF-8: the index is the byte offset, the value a rune.
// Invalid bytes decode to U+FFFD one byte at a time.
func main() {
	for i, r := range "aé世😀" {
		fmt.Println(i, r, string(r))
	}
	s := "héllo, 世界"
	runes := 0
	for range s {
		runes++
	}
	fmt.Println(len(s), runes)
	for i := range "abc" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	bad := "a\xffb\xc3"
	for i, r := range bad {
		fmt.Printf("%d:%x ", i, r)
	}
	fmt.Println()
	fmt.Printf("%c %c %c\n", 'x', 0x4e16, 233)
	fmt.Printf("%q %q %q\n", 'x', '\n', '世')
	var count [3]int
	for _, r := range "Hello, World 123" {
		switch {
		case r >= 'A' && r <= 'Z':
			count[0]++
		case r >= 'a' && r <= 'z':
			count[1]++
		case r >= '0' && r <= '9':
			count[2]++
		}
	}
	fmt.Println(count)
	// Converting runes back to strings.
	out := ""
	for _, r := range "abc" {
		out = string(r) + out
	}
	fmt.Println(out)
	var rr rune = 'é'
	fmt.Println(rr, string(rr), len(string(rr)))
	// Indexing gives bytes, range gives runes.
	w := "ü"
	fmt.Println(w[0], w[1], []rune(w)[0])
}
