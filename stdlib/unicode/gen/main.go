//go:build ignore

// Command gen writes gosub's stdlib/unicode/tables.go from the tables of the
// Go toolchain's own package unicode (Unicode 15.0.0 in Go 1.21 to 1.26).
// Run it with the real Go toolchain, from the repository's root:
//
//	go run stdlib/unicode/gen/main.go > stdlib/unicode/tables.go
//	go run stdlib/unicode/gen/main.go -c > runtime/unicode_print.c
//
// The second is the runtime's copy of IsPrint, for the fmt formatter in C
// (%q, %+q, %#U), which must agree with strconv.IsPrint (the same as
// unicode.IsPrint) but cannot call Go code: a sorted array of the intervals
// of printable runes beyond Latin-1, searched by rt_unicode_is_print.
//
// gosub never compiles this file: its package loader reads only the .go files
// of a package's own folder, and nothing imports "unicode/gen" (the build
// constraint keeps Go's tools from taking it for a package too).
//
// The tables are string constants of packed bytes, not array literals: gosub
// emits each as one block of static data, with no initialisation code, and
// lexes it in a couple of milliseconds (docs/stdlib.md has the figures).
// The encodings (all integers big-endian; a rune takes 3 bytes):
//
//   - a range table (tabUpper, tabLetter, ...): 7 bytes per range, sorted by
//     lo: lo (3), hi (3), stride (1). A rune r is in the range when
//     lo <= r <= hi and (r-lo)%stride == 0. Go's tables hold a few strides
//     beyond 255; the generator splits those ranges into one range per rune.
//   - the case ranges (tabCase, from unicode.CaseRanges): 15 bytes per range:
//     lo (3), hi (3), then the upper, lower and title deltas (3 bytes each,
//     two's complement); the delta 0x7FFFFF stands for Go's UpperLower (the
//     range alternates upper- and lower-case letters).
//   - the fold exceptions (tabFold): 6 bytes per entry, sorted: from (3),
//     to (3). SimpleFold(from) is to; every rune not listed folds to its
//     lower case if that differs, else to its upper case (Go's caseOrbit
//     table is unexported; the generator finds the runes for which that rule
//     differs from unicode.SimpleFold: the runes of the orbits of three or
//     more runes, and a few others).
//   - tabLatin1: one byte per rune U+0000..U+00FF, the properties below.
package main

import (
	"fmt"
	"go/format"
	"os"
	"sort"
	"strings"
	"unicode"
)

// The Latin-1 property bits; tables.go repeats them as constants.
const (
	pLu = 1 << iota // upper case letter
	pLl             // lower case letter
	pLo             // any other letter
	pN              // number
	pP              // punctuation
	pS              // symbol
	pZs             // space separator (graphic but not printable, except ' ')
	pC              // control
)

// rng is one range of a range table with its stride.
type rng struct{ lo, hi, stride uint32 }

// ranges flattens t into ranges whose stride fits a byte.
func ranges(t *unicode.RangeTable) []rng {
	var out []rng
	add := func(lo, hi, stride uint32) {
		if stride <= 255 {
			out = append(out, rng{lo, hi, stride})
			return
		}
		for r := lo; r <= hi; r += stride {
			out = append(out, rng{r, r, 1})
		}
	}
	for _, r := range t.R16 {
		add(uint32(r.Lo), uint32(r.Hi), uint32(r.Stride))
	}
	for _, r := range t.R32 {
		add(r.Lo, r.Hi, r.Stride)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].lo < out[j].lo })
	return out
}

// w writes a string constant of packed bytes, 16 bytes per source line.
func w(b *strings.Builder, name, doc string, data []byte) {
	fmt.Fprintf(b, "\n// %s\n", doc)
	fmt.Fprintf(b, "const %s = \"\" +\n", name)
	for i := 0; i < len(data); i += 16 {
		end := min(i+16, len(data))
		b.WriteString("\t\"")
		for _, c := range data[i:end] {
			fmt.Fprintf(b, "\\x%02x", c)
		}
		b.WriteString("\"")
		if end < len(data) {
			b.WriteString(" +")
		}
		b.WriteString("\n")
	}
}

func put3(data []byte, v uint32) []byte { return append(data, byte(v>>16), byte(v>>8), byte(v)) }

func rangeTable(rs []rng) []byte {
	var data []byte
	for _, r := range rs {
		data = put3(data, r.lo)
		data = put3(data, r.hi)
		data = append(data, byte(r.stride))
	}
	return data
}

func caseTable() []byte {
	var data []byte
	for _, cr := range unicode.CaseRanges {
		data = put3(data, cr.Lo)
		data = put3(data, cr.Hi)
		for _, d := range cr.Delta {
			v := int32(d)
			switch {
			case d == unicode.UpperLower:
				v = 0x7FFFFF
			case v < -0x800000 || v >= 0x7FFFFF:
				fmt.Fprintf(os.Stderr, "gen: case delta %d of U+%04X does not fit 24 bits\n", v, cr.Lo)
				os.Exit(1)
			}
			data = put3(data, uint32(v)&0xFFFFFF)
		}
	}
	return data
}

func foldTable() ([]byte, int) {
	var data []byte
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		rule := unicode.ToLower(r)
		if rule == r {
			rule = unicode.ToUpper(r)
		}
		if f := unicode.SimpleFold(r); f != rule {
			data = put3(data, uint32(r))
			data = put3(data, uint32(f))
			n++
		}
	}
	return data, n
}

func latin1() []byte {
	data := make([]byte, 256)
	for r := rune(0); r < 256; r++ {
		var p byte
		switch {
		case unicode.IsUpper(r):
			p |= pLu
		case unicode.IsLower(r):
			p |= pLl
		case unicode.IsLetter(r):
			p |= pLo
		}
		if unicode.IsNumber(r) {
			p |= pN
		}
		if unicode.IsPunct(r) {
			p |= pP
		}
		if unicode.IsSymbol(r) {
			p |= pS
		}
		if unicode.Is(unicode.Zs, r) {
			p |= pZs
		}
		if unicode.IsControl(r) {
			p |= pC
		}
		data[r] = p
	}
	return data
}

// printIntervals returns the maximal intervals of runes beyond Latin-1 that
// unicode.IsPrint accepts.
func printIntervals() [][2]rune {
	var out [][2]rune
	for r := rune(MaxLatin1 + 1); r <= unicode.MaxRune; r++ {
		if !unicode.IsPrint(r) {
			continue
		}
		if n := len(out); n > 0 && out[n-1][1]+1 == r {
			out[n-1][1] = r
			continue
		}
		out = append(out, [2]rune{r, r})
	}
	return out
}

// MaxLatin1 is unicode.MaxLatin1; below it the C code has its own switch.
const MaxLatin1 = unicode.MaxLatin1

// genC writes runtime/unicode_print.c.
func genC() {
	iv := printIntervals()
	var b strings.Builder
	fmt.Fprintf(&b, "// Code generated by \"go run stdlib/unicode/gen/main.go -c > runtime/unicode_print.c\"; DO NOT EDIT.\n")
	fmt.Fprintf(&b, "// unicode.IsPrint (Unicode %s, Go's tables) for the C formatter: strconv.IsPrint,\n", unicode.Version)
	fmt.Fprintf(&b, "// which %%q and %%#U consult, is the same function.\n\n")
	fmt.Fprintf(&b, "#include <stdbool.h>\n#include <stddef.h>\n#include <stdint.h>\n\n#include \"runtime.h\"\n\n")
	fmt.Fprintf(&b, "// The %d maximal intervals [lo, hi] of printable runes beyond Latin-1, sorted.\n", len(iv))
	fmt.Fprintf(&b, "static const int32_t print_ranges[][2] = {\n")
	for i, v := range iv {
		if i%4 == 0 {
			b.WriteString("   ")
		}
		fmt.Fprintf(&b, " {0x%04X, 0x%04X},", v[0], v[1])
		if i%4 == 3 || i == len(iv)-1 {
			b.WriteString("\n")
		}
	}
	b.WriteString(`};

bool rt_unicode_is_print(int32_t r) {
    if (r <= 0xFF) {
        // Latin-1: ASCII's graphic characters and space, and U+00A1..U+00FF but the soft hyphen.
        return (r >= 0x20 && r < 0x7F) || (r >= 0xA1 && r != 0xAD);
    }
    size_t lo = 0, hi = sizeof print_ranges / sizeof print_ranges[0];
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (r < print_ranges[m][0]) {
            hi = m;
        } else if (r > print_ranges[m][1]) {
            lo = m + 1;
        } else {
            return true;
        }
    }
    return false;
}
`)
	os.Stdout.WriteString(b.String())
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "-c" {
		genC()
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "// Code generated by \"go run stdlib/unicode/gen/main.go > stdlib/unicode/tables.go\"; DO NOT EDIT.\n")
	fmt.Fprintf(&b, "// Unicode %s, from the tables of Go's package unicode. The encodings are described\n", unicode.Version)
	fmt.Fprintf(&b, "// in gen/main.go; unicode.go reads them.\n\npackage unicode\n")
	fmt.Fprintf(&b, "\n// Version is the Unicode edition from which the tables are derived.\nconst Version = %q\n", unicode.Version)
	fmt.Fprintf(&b, "\n// The Latin-1 property bits of tabLatin1.\nconst (\n")
	for i, n := range []string{"pLu", "pLl", "pLo", "pN", "pP", "pS", "pZs", "pC"} {
		fmt.Fprintf(&b, "\t%s = %#02x\n", n, 1<<i)
	}
	fmt.Fprintf(&b, ")\n")
	w(&b, "tabLatin1", "tabLatin1 holds the properties of U+0000..U+00FF, one byte each.", latin1())
	tables := []struct {
		name, doc string
		rs        []rng
	}{
		{"tabUpper", "tabUpper is the category Lu (upper case letters).", ranges(unicode.Upper)},
		{"tabLower", "tabLower is the category Ll (lower case letters).", ranges(unicode.Lower)},
		{"tabTitle", "tabTitle is the category Lt (title case letters).", ranges(unicode.Title)},
		{"tabLetter", "tabLetter is the category L (letters).", ranges(unicode.Letter)},
		{"tabMark", "tabMark is the category M (marks).", ranges(unicode.Mark)},
		{"tabDigit", "tabDigit is the category Nd (decimal digits).", ranges(unicode.Digit)},
		{"tabNumber", "tabNumber is the category N (numbers).", ranges(unicode.Number)},
		{"tabPunct", "tabPunct is the category P (punctuation).", ranges(unicode.Punct)},
		{"tabSymbol", "tabSymbol is the category S (symbols).", ranges(unicode.Symbol)},
		{"tabSpaceSep", "tabSpaceSep is the category Zs (space separators).", ranges(unicode.Zs)},
	}
	for _, t := range tables {
		w(&b, t.name, fmt.Sprintf("%s %d ranges.", t.doc, len(t.rs)), rangeTable(t.rs))
	}
	w(&b, "tabCase", fmt.Sprintf("tabCase is unicode.CaseRanges: %d ranges.", len(unicode.CaseRanges)), caseTable())
	fold, n := foldTable()
	w(&b, "tabFold", fmt.Sprintf("tabFold holds the %d runes whose SimpleFold is not their other case.", n), fold)
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	os.Stdout.Write(src)
}
