package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Invalid UTF-8 everywhere: range yields U+FFFD per bad byte, []rune converts the same way,
// string(rune) of invalid code points, %q and %x on broken strings, and a sanitizer.

func describe(s string) {
	fmt.Printf("%-22q len=%d runes=%d valid=%v\n", s, len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	for i, r := range s {
		fmt.Printf("   [%d] %U", i, r)
		if r == utf8.RuneError {
			_, size := utf8.DecodeRuneInString(s[i:])
			fmt.Printf(" (error, width %d)", size)
		}
		fmt.Println()
	}
}

func sanitize(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			fmt.Fprintf(&sb, "\\x%02x", s[i])
		} else {
			sb.WriteRune(r)
		}
		i += size
	}
	return sb.String()
}

func main() {
	describe("ok")
	describe("\xff")
	describe("a\xc3")            // truncated 2-byte sequence
	describe("\xe2\x82")         // truncated 3-byte sequence
	describe("\xc0\xaf")         // overlong encoding of '/'
	describe("\xed\xa0\x80")     // UTF-16 surrogate half
	describe("\xf4\x90\x80\x80") // above U+10FFFF
	describe("\uFFFD")           // a real replacement character is valid

	bad := "héllo\xffwörld\xfe"
	rs := []rune(bad)
	fmt.Println(len(bad), len(rs), string(rs) == bad, utf8.ValidString(string(rs)))
	fmt.Printf("%q\n%+q\n%x\n", bad, bad, bad)
	fmt.Println(sanitize(bad))
	fmt.Println(strings.ToValidUTF8(bad, "?"))

	for _, r := range []rune{-1, 0xD800, 0xDFFF, 0x110000, 0x10FFFF, 0} {
		s := string(r)
		fmt.Printf("%#x -> %q (%d bytes)\n", r, s, len(s))
	}
	b := []byte("abc")
	b = append(b, 0x80, 'd')
	fmt.Println(utf8.Valid(b), utf8.RuneCount(b), []rune(string(b)))

	// byte-wise reversal breaks UTF-8; rune-wise keeps it valid
	s := "añ€"
	rev := make([]byte, len(s))
	for i := range len(s) {
		rev[len(s)-1-i] = s[i]
	}
	fmt.Println(utf8.Valid(rev), sanitize(string(rev)))
	// indexing gives bytes, not runes
	fmt.Println(s[1], s[1:3], len(s[1:3]), s[1:2] == "\xc3")
	fmt.Println(strings.Count(bad, "\uFFFD"), strings.Count(string(rs), "\uFFFD"))
}
