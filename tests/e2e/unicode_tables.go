package main

import (
	"fmt"
	"strings"
	"unicode"
)

// Sweeps every code point of planes 0 to 2 (and a few blocks beyond) through each class
// and case mapping of package unicode, 4096 at a time: a count per class and a checksum of
// ToUpper, ToLower, ToTitle, To and SimpleFold per block, so an error anywhere in the
// tables shows as a line that differs. Then the case-fold orbits of more than two runes,
// out-of-range runes, and the strings functions built on the tables.

var classes = []struct {
	name string
	f    func(rune) bool
}{
	{"Upper", unicode.IsUpper}, {"Lower", unicode.IsLower}, {"Title", unicode.IsTitle},
	{"Letter", unicode.IsLetter}, {"Mark", unicode.IsMark}, {"Digit", unicode.IsDigit},
	{"Number", unicode.IsNumber}, {"Punct", unicode.IsPunct}, {"Symbol", unicode.IsSymbol},
	{"Space", unicode.IsSpace}, {"Control", unicode.IsControl}, {"Graphic", unicode.IsGraphic},
	{"Print", unicode.IsPrint},
}

func mix(h uint32, r rune) uint32 { return (h ^ uint32(r)) * 16777619 }

// sweep prints the class counts and the mapping checksum of the runes lo..hi-1.
func sweep(lo, hi rune) {
	counts := make([]int, len(classes))
	h := uint32(2166136261)
	changed := 0
	for r := lo; r < hi; r++ {
		for i, c := range classes {
			if c.f(r) {
				counts[i]++
			}
		}
		u, l, t, f := unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r)
		if u != r || l != r || t != r {
			changed++
		}
		h = mix(mix(mix(mix(h, u), l), t), f)
		h = mix(h, unicode.To(unicode.LowerCase, r))
	}
	fmt.Printf("%06X-%06X %v cased=%d sum=%08x\n", lo, hi-1, counts, changed, h)
}

// orbit returns the runes SimpleFold visits from r back to r.
func orbit(r rune) []rune {
	o := []rune{r}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		o = append(o, f)
	}
	return o
}

func main() {
	var names []string
	for _, c := range classes {
		names = append(names, c.name)
	}
	fmt.Println("block", names)
	for lo := rune(0); lo < 0x30000; lo += 0x1000 {
		sweep(lo, lo+0x1000)
	}
	sweep(0xE0000, 0xE1000)
	sweep(0x10F000, 0x110000)
	sweep(0x110000, 0x110010)

	// Orbits of three or more runes, each printed once from its smallest rune.
	n := 0
	for r := rune(0); r < 0x20000; r++ {
		o := orbit(r)
		smallest := true
		for _, x := range o {
			smallest = smallest && x >= r
		}
		if len(o) > 2 && smallest {
			fmt.Printf("%q ", string(o))
			n++
		}
	}
	fmt.Println(n, "orbits")

	for _, r := range []rune{-1, 0x110000, 0x7FFFFFFF, 'A', 'ǅ', 'ß', 'İ', 'ı', 'ſ', 'K', 'Σ', 'ς', 'ﬃ', 'ᲀ'} {
		fmt.Printf("%d: up=%d lo=%d ti=%d fold=%d bad=%d letter=%v print=%v\n", r, unicode.ToUpper(r),
			unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r), unicode.To(unicode.MaxCase, r),
			unicode.IsLetter(r), unicode.IsPrint(r))
	}

	words := []string{"straße", "İstanbul", "ǆungla ǈubav", "ﬃ office", "σοφός ΣΟΦΌΣ", "kelvin K",
		"ᲀ ⱥ ɐ", "Ꭰꭰ Ａｚ", "𐐨𐐀 𞤢"}
	for _, w := range words {
		fmt.Printf("%q %q %q %q\n", strings.ToUpper(w), strings.ToLower(w), strings.ToTitle(w), strings.Title(w))
	}
	pairs := [][2]string{{"Straße", "STRASSE"}, {"σοφός", "ΣΟΦΌΣ"}, {"kelvin", "KELVIN"},
		{"ǆ", "ǅ"}, {"𐐨", "𐐀"}, {"ß", "ẞ"}, {"İ", "i"}, {"\xff", "\xfe"}}
	for _, p := range pairs {
		fmt.Print(strings.EqualFold(p[0], p[1]), " ")
	}
	fmt.Println()
	fmt.Printf("%q\n", strings.Fields(" a\u00a0b\u2003c\u3000d\u0085e\u200bf "))
	fmt.Printf("%q %q\n", strings.TrimSpace("\u2029\t x \u205f"), strings.ToValidUTF8("a\xff\xfe\xfdb\xc3\xa9\xed\xa0\x80c", "\uFFFD"))
	fmt.Printf("%q %+q %q\n", "\u00ad\u0378\u1680\u2028\U000E0001\U0001F600\U0010FFFF", "é\u0301", []rune{0x378, 0x30000, 0xE0100})
}
