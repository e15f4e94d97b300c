package main

import (
	"fmt"
	"unicode/utf8"
)

// unicode/utf8: RuneLen, EncodeRune, DecodeRune(InString), DecodeLastRune, RuneCount, Valid,
// ValidRune, AppendRune, FullRune, constants.

func main() {
	fmt.Println(utf8.RuneError, utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	for _, r := range []rune{'a', 'é', '€', '😀', -1, 0xD800, 0x10FFFF, 0x110000} {
		fmt.Printf("%U len=%d valid=%v\n", r, utf8.RuneLen(r), utf8.ValidRune(r))
	}

	buf := make([]byte, 4)
	for _, r := range []rune{'A', 'ß', '世', '🚀', 0xD800} {
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%c -> % x (%d)\n", r, buf[:n], n)
	}

	s := "añ世🚀"
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("at %d: %c size %d\n", i, r, size)
		i += size
	}
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%c", r)
		s = s[:len(s)-size]
	}
	fmt.Println()

	b := []byte("héllo")
	r, size := utf8.DecodeRune(b[1:])
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRune(b[2:])
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRune(nil)
	fmt.Println(r, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)

	for _, t := range []string{"hello", "héllo", "日本語", "a\xffb", "\xe4\xb8", ""} {
		fmt.Printf("%q: bytes=%d runes=%d valid=%v\n", t, len(t), utf8.RuneCountInString(t), utf8.ValidString(t))
	}
	fmt.Println(utf8.RuneCount([]byte("ünï")), utf8.Valid([]byte{0xc3, 0xa9}), utf8.Valid([]byte{0xc3}))
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.FullRune([]byte{0xe4, 0xb8, 0x96}), utf8.FullRuneInString("a"))
	fmt.Println(utf8.RuneStart(0xe4), utf8.RuneStart(0xb8))

	var out []byte
	for _, r := range []rune{'G', 'ö', '!', '🎉'} {
		out = utf8.AppendRune(out, r)
	}
	fmt.Println(string(out), len(out), out)

	// count characters by encoded length
	counts := [5]int{}
	for _, r := range "Größe: 10€ 🙂 ok" {
		counts[utf8.RuneLen(r)]++
	}
	fmt.Println(counts)

	// safely truncate at a byte budget without splitting a rune
	trunc := func(s string, n int) string {
		if len(s) <= n {
			return s
		}
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		return s[:n]
	}
	for n := range 8 {
		fmt.Printf("%d:%q ", n, trunc("a€b😀", n))
	}
	fmt.Println()
}
