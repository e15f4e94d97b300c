// Package unicode: character classes and case mapping, gosub's subset.
//
// Exact for Unicode 15.0.0, as Go 1.26's package unicode: the classes
// (IsLetter, IsUpper, IsLower, IsTitle, IsMark, IsDigit, IsNumber, IsPunct,
// IsSymbol, IsSpace, IsControl, IsGraphic, IsPrint) and the simple case
// mappings (ToUpper, ToLower, ToTitle, To, SimpleFold). Go's exported range
// tables (unicode.Upper, unicode.Latin, ..., Is, In) and SpecialCase are not
// offered.
//
// The data is in tables.go, generated from Go's own tables by gen/main.go
// (which says how to regenerate it and describes the encodings): each table
// is a string constant of packed bytes, static data that costs neither
// initialisation code nor noticeable compile time. The lookups follow Go's
// (src/unicode/letter.go): a binary search over sorted ranges with strides,
// with Latin-1 answered from a 256-byte property table.
package unicode

const (
	MaxRune         = '\U0010FFFF' // maximum valid Unicode code point
	ReplacementChar = '\uFFFD'     // represents invalid code points
	MaxASCII        = '\u007F'     // maximum ASCII value
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value
)

// Indices into the Delta arrays inside CaseRanges for case mapping, and the
// case argument of To.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower is the Delta of Go's CaseRanges for a range of alternating
// upper and lower case letters (tables.go encodes it as caseUpperLower).
const UpperLower = MaxRune + 1

// The sizes in bytes of one entry of each kind of table (gen/main.go).
const (
	rangeSize = 7  // lo (3), hi (3), stride (1)
	caseSize  = 15 // lo (3), hi (3), three deltas (3 each)
	foldSize  = 6  // from (3), to (3)

	caseUpperLower = 0x7FFFFF // the 24-bit delta standing for UpperLower
)

// rune3 decodes the 3-byte big-endian rune at t[i:].
func rune3(t string, i int) rune {
	return rune(t[i])<<16 | rune(t[i+1])<<8 | rune(t[i+2])
}

// inTable reports whether r is in the range table t: a binary search for
// the range holding r, whose stride then decides (Go's is16 and is32).
func inTable(t string, r rune) bool {
	lo, hi := 0, len(t)/rangeSize
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		i := m * rangeSize
		first := rune3(t, i)
		if r < first {
			hi = m
			continue
		}
		if r <= rune3(t, i+3) {
			stride := rune(t[i+6])
			return stride == 1 || (r-first)%stride == 0
		}
		lo = m + 1
	}
	return false
}

// latin1 returns the property bits (pLu, ...) of r, which must be in Latin-1.
func latin1(r rune) byte { return tabLatin1[r] }

// IsUpper reports whether r is an upper case letter (category Lu).
func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pLu != 0
	}
	return inTable(tabUpper, r)
}

// IsLower reports whether r is a lower case letter (category Ll).
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pLl != 0
	}
	return inTable(tabLower, r)
}

// IsTitle reports whether r is a title case letter (category Lt); Latin-1
// has none.
func IsTitle(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return false
	}
	return inTable(tabTitle, r)
}

// IsLetter reports whether r is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&(pLu|pLl|pLo) != 0
	}
	return inTable(tabLetter, r)
}

// IsMark reports whether r is a mark character (category M); Latin-1 has
// none, and the table says so.
func IsMark(r rune) bool { return inTable(tabMark, r) }

// IsDigit reports whether r is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return inTable(tabDigit, r)
}

// IsNumber reports whether r is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pN != 0
	}
	return inTable(tabNumber, r)
}

// IsPunct reports whether r is a punctuation character (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pP != 0
	}
	return inTable(tabPunct, r)
}

// IsSymbol reports whether r is a symbolic character (category S).
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pS != 0
	}
	return inTable(tabSymbol, r)
}

// IsSpace reports whether r is a space character as defined by Unicode's
// White_Space property: in Latin-1 '\t', '\n', '\v', '\f', '\r', ' ',
// U+0085 (NEL) and U+00A0 (NBSP). The property is small enough to spell out.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	switch {
	case r == 0x1680, 0x2000 <= r && r <= 0x200A, r == 0x2028, r == 0x2029,
		r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

// IsControl reports whether r is a control character (category Cc, all in
// Latin-1; other C categories such as the surrogates are not controls).
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&pC != 0
	}
	return false
}

// IsGraphic reports whether r is a graphic character: a letter, mark,
// number, punctuation, symbol or space separator (categories L, M, N, P, S,
// Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1(r)&(pLu|pLl|pLo|pN|pP|pS|pZs) != 0
	}
	return inTable(tabLetter, r) || inTable(tabMark, r) || inTable(tabNumber, r) ||
		inTable(tabPunct, r) || inTable(tabSymbol, r) || inTable(tabSpaceSep, r)
}

// IsPrint reports whether r is printable as Go defines it: a letter, mark,
// number, punctuation or symbol, or the ASCII space U+0020 (the other space
// separators are graphic but not printable).
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return r == ' ' || latin1(r)&(pLu|pLl|pLo|pN|pP|pS) != 0
	}
	return inTable(tabLetter, r) || inTable(tabMark, r) || inTable(tabNumber, r) ||
		inTable(tabPunct, r) || inTable(tabSymbol, r)
}

// to maps r to _case with the case ranges; found reports whether r is in
// one of them (Go's unicode.to).
func to(_case int, r rune) (mapped rune, found bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false
	}
	lo, hi := 0, len(tabCase)/caseSize
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		i := m * caseSize
		first := rune3(tabCase, i)
		if r < first {
			hi = m
			continue
		}
		if r > rune3(tabCase, i+3) {
			lo = m + 1
			continue
		}
		delta := rune3(tabCase, i+6+3*_case)
		if delta == caseUpperLower {
			// The range alternates upper case (even offsets from its start)
			// and lower case letters; UpperCase and TitleCase are even,
			// LowerCase odd, so the low bit of _case picks the letter.
			return first + ((r-first)&^1 | rune(_case&1)), true
		}
		if delta >= 0x800000 {
			delta -= 0x1000000 // 24-bit two's complement
		}
		return r + delta, true
	}
	return r, false
}

// To maps r to the case _case (UpperCase, LowerCase or TitleCase); another
// _case gives ReplacementChar.
func To(_case int, r rune) rune {
	r, _ = to(_case, r)
	return r
}

// ToUpper maps r to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps r to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps r to title case (upper case in ASCII; ǆ becomes ǅ).
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// SimpleFold iterates over the runes equivalent under Unicode's simple case
// folding: it returns the smallest rune greater than r in r's orbit if there
// is one, else the smallest rune of the orbit; r itself when r has no other
// case, or is not a valid code point. SimpleFold('A') is 'a', SimpleFold('k')
// is U+212A (the Kelvin sign), SimpleFold(U+212A) is 'K'.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	// The orbits of more than two runes, and the few runes whose fold is not
	// simply their other case, are listed in tabFold.
	lo, hi := 0, len(tabFold)/foldSize
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		from := rune3(tabFold, m*foldSize)
		if from == r {
			return rune3(tabFold, m*foldSize+3)
		}
		if r < from {
			hi = m
		} else {
			lo = m + 1
		}
	}
	// Otherwise the orbit is r and its lower case, or r and its upper case.
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}
