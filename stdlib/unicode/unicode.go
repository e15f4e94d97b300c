// Package unicode: character classes and case mapping, gosub's subset.
//
// Written for gosub with Go's semantics within these limits: case mapping
// covers ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic, Armenian and the
// fullwidth Latin letters; IsLetter also knows the CJK, kana and Hangul
// blocks.  Outside those ranges a rune has no case and is not a letter.
// IsSpace, IsDigit (ASCII and a few script digit blocks) follow Go exactly
// for the Latin-1 range and the Unicode White_Space property.
package unicode

const (
	MaxRune         = '\U0010FFFF' // maximum valid Unicode code point
	ReplacementChar = '\uFFFD'     // represents invalid code points
	MaxASCII        = '\u007F'     // maximum ASCII value
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value
)

// IsSpace reports whether r is a space character as defined by Unicode's
// White_Space property.
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

// IsDigit reports whether r is a decimal digit.
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	for _, z := range digitZeros {
		if z <= r && r <= z+9 {
			return true
		}
	}
	return false
}

// The zeros of some decimal digit blocks (Arabic-Indic, Devanagari, Bengali,
// Thai, fullwidth).
var digitZeros = [...]rune{0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10}

// IsNumber reports whether r is a number (gosub: a decimal digit, or the
// Latin-1 superscripts and fractions).
func IsNumber(r rune) bool {
	switch r {
	case 0xB2, 0xB3, 0xB9, 0xBC, 0xBD, 0xBE:
		return true
	}
	return IsDigit(r)
}

// IsUpper reports whether r is an upper case letter.
func IsUpper(r rune) bool {
	if r <= MaxASCII {
		return 'A' <= r && r <= 'Z'
	}
	return ToLower(r) != r || r == 0x3D2 || r == 0x3D3 || r == 0x3D4
}

// IsLower reports whether r is a lower case letter.
func IsLower(r rune) bool {
	if r <= MaxASCII {
		return 'a' <= r && r <= 'z'
	}
	switch r {
	case 0xAA, 0xBA:
		return false // feminine/masculine ordinals are Lo in Unicode 15
	case 0xDF, 0x138, 0x149:
		return true
	}
	return ToUpper(r) != r
}

// IsLetter reports whether r is a letter.
func IsLetter(r rune) bool {
	if r <= MaxASCII {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	switch r {
	case 0xAA, 0xB5, 0xBA, 0xDF, 0x138, 0x149:
		return true
	}
	switch {
	case 0x3040 <= r && r <= 0x30FF && r != 0x30A0 && r != 0x30FB, // kana
		0x4E00 <= r && r <= 0x9FFF, // CJK unified ideographs
		0xAC00 <= r && r <= 0xD7A3, // Hangul syllables
		0x5D0 <= r && r <= 0x5EA,   // Hebrew
		0x621 <= r && r <= 0x64A:   // Arabic
		return true
	}
	return ToUpper(r) != r || ToLower(r) != r
}

// IsPunct reports whether r is a punctuation character (gosub: Latin-1 only).
func IsPunct(r rune) bool {
	switch r {
	case '!', '"', '#', '%', '&', '\'', '(', ')', '*', ',', '-', '.', '/', ':', ';', '?', '@',
		'[', '\\', ']', '_', '{', '}', 0xA1, 0xA7, 0xAB, 0xB6, 0xB7, 0xBB, 0xBF:
		return true
	}
	return false
}

// IsControl reports whether r is a control character.
func IsControl(r rune) bool {
	return uint32(r) < 0x20 || 0x7F <= r && r < 0xA0
}

// IsPrint reports whether r is printable as Go defines it (gosub: letters,
// marks, numbers, punctuation, symbols and the ASCII space -- approximated
// as everything that is not a control or a space other than U+0020).
func IsPrint(r rune) bool {
	if r == ' ' {
		return true
	}
	return !IsControl(r) && !IsSpace(r) && r != 0xAD && r <= MaxRune && !(0xD800 <= r && r <= 0xDFFF)
}

// ToUpper maps r to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	switch {
	case r == 0xB5:
		return 0x39C
	case 0xE0 <= r && r <= 0xFE && r != 0xF7:
		return r - 0x20
	case r == 0xFF:
		return 0x178
	case r == 0x131:
		return 'I'
	case r == 0x17F:
		return 'S'
	case 0x100 <= r && r <= 0x137, 0x14A <= r && r <= 0x177:
		return r &^ 1
	case 0x139 <= r && r <= 0x148, 0x179 <= r && r <= 0x17E:
		if r&1 == 0 {
			return r - 1
		}
	case r == 0x3AC:
		return 0x386
	case 0x3AD <= r && r <= 0x3AF:
		return r - 0x25
	case r == 0x3C2:
		return 0x3A3
	case 0x3B1 <= r && r <= 0x3CB:
		return r - 0x20
	case r == 0x3CC:
		return 0x38C
	case r == 0x3CD || r == 0x3CE:
		return r - 0x3F
	case 0x430 <= r && r <= 0x44F:
		return r - 0x20
	case 0x450 <= r && r <= 0x45F:
		return r - 0x50
	case 0x460 <= r && r <= 0x481, 0x48A <= r && r <= 0x4BF, 0x4D0 <= r && r <= 0x52F:
		return r &^ 1
	case 0x4C1 <= r && r <= 0x4CE:
		if r&1 == 0 {
			return r - 1
		}
	case r == 0x4CF:
		return 0x4C0
	case 0x561 <= r && r <= 0x586:
		return r - 0x30
	case 0xFF41 <= r && r <= 0xFF5A:
		return r - 0x20
	}
	return r
}

// ToLower maps r to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	switch {
	case 0xC0 <= r && r <= 0xDE && r != 0xD7:
		return r + 0x20
	case r == 0x130:
		return 'i'
	case r == 0x178:
		return 0xFF
	case 0x100 <= r && r <= 0x137, 0x14A <= r && r <= 0x177:
		return r | 1
	case 0x139 <= r && r <= 0x148, 0x179 <= r && r <= 0x17E:
		if r&1 == 1 {
			return r + 1
		}
	case r == 0x386:
		return 0x3AC
	case 0x388 <= r && r <= 0x38A:
		return r + 0x25
	case r == 0x38C:
		return 0x3CC
	case r == 0x38E || r == 0x38F:
		return r + 0x3F
	case 0x391 <= r && r <= 0x3AB && r != 0x3A2:
		return r + 0x20
	case 0x410 <= r && r <= 0x42F:
		return r + 0x20
	case 0x400 <= r && r <= 0x40F:
		return r + 0x50
	case 0x460 <= r && r <= 0x481, 0x48A <= r && r <= 0x4BF, 0x4D0 <= r && r <= 0x52F:
		return r | 1
	case 0x4C1 <= r && r <= 0x4CE:
		if r&1 == 1 {
			return r + 1
		}
	case r == 0x4C0:
		return 0x4CF
	case 0x531 <= r && r <= 0x556:
		return r + 0x30
	case 0xFF21 <= r && r <= 0xFF3A:
		return r + 0x20
	}
	return r
}

// ToTitle maps r to title case (gosub: the same as upper case).
func ToTitle(r rune) rune { return ToUpper(r) }

// SimpleFold iterates over the runes equivalent under simple case folding:
// the smallest rune greater than r in r's orbit, else the smallest of it.
// (gosub: orbits of at most three runes, from ToUpper and ToLower.)
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	u, l := ToUpper(r), ToLower(r)
	orbit := [4]rune{r, u, l, ToLower(u)}
	if r == 'k' || r == 'K' {
		orbit[3] = 0x212A
	}
	if r == 's' || r == 'S' {
		orbit[3] = 0x17F
	}
	best, least := rune(-1), r
	for _, c := range orbit {
		if c > r && (best < 0 || c < best) {
			best = c
		}
		if c < least {
			least = c
		}
	}
	if best >= 0 {
		return best
	}
	return least
}
