// Package utf8 implements functions and constants to support text encoded in
// UTF-8 (gosub's subset: written for gosub, with Go's semantics).
package utf8

const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte
	MaxRune   = '\U0010FFFF' // maximum valid Unicode code point
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// decodeBytes decodes the first rune of the n bytes b0, b1, b2, b3 (those past
// n are ignored).  Invalid encodings give (RuneError, 1), and an
// empty input (RuneError, 0), as in Go.
func decodeBytes(b0, b1, b2, b3 byte, n int) (rune, int) {
	if n < 1 {
		return RuneError, 0
	}
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	var size int
	var r rune
	switch {
	case b0 >= 0xC2 && b0 <= 0xDF:
		size, r = 2, rune(b0&0x1F)
	case b0 >= 0xE0 && b0 <= 0xEF:
		size, r = 3, rune(b0&0x0F)
	case b0 >= 0xF0 && b0 <= 0xF4:
		size, r = 4, rune(b0&0x07)
	default:
		return RuneError, 1
	}
	// The second byte's range depends on the first (no overlong forms, no
	// surrogates, nothing above MaxRune).
	lo, hi := byte(0x80), byte(0xBF)
	switch b0 {
	case 0xE0:
		lo = 0xA0
	case 0xED:
		hi = 0x9F
	case 0xF0:
		lo = 0x90
	case 0xF4:
		hi = 0x8F
	}
	if n < 2 || b1 < lo || b1 > hi {
		return RuneError, 1
	}
	r = r<<6 | rune(b1&0x3F)
	if size == 2 {
		return r, 2
	}
	if n < 3 || b2 < 0x80 || b2 > 0xBF {
		return RuneError, 1
	}
	r = r<<6 | rune(b2&0x3F)
	if size == 3 {
		return r, 3
	}
	if n < 4 || b3 < 0x80 || b3 > 0xBF {
		return RuneError, 1
	}
	return r<<6 | rune(b3&0x3F), 4
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and
// its width in bytes.
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	var b [4]byte
	for i := 0; i < n && i < 4; i++ {
		b[i] = p[i]
	}
	return decodeBytes(b[0], b[1], b[2], b[3], n)
}

// DecodeRuneInString is like DecodeRune but its input is a string.
func DecodeRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n > 0 && s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	var b [4]byte
	for i := 0; i < n && i < 4; i++ {
		b[i] = s[i]
	}
	return decodeBytes(b[0], b[1], b[2], b[3], n)
}

// DecodeLastRune unpacks the last UTF-8 encoding in p.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	if p[end-1] < RuneSelf {
		return rune(p[end-1]), 1
	}
	start := end - 1
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(p[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	start := end - 1
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneLen returns the number of bytes in the UTF-8 encoding of r, or -1 if r
// is not a valid value to encode.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of
// the rune (RuneError for an invalid one) and returns the number of bytes.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) < RuneSelf {
		p[0] = byte(r)
		return 1
	}
	if !ValidRune(r) {
		r = RuneError
	}
	switch {
	case r < 0x800:
		_ = p[1]
		p[0] = byte(0xC0 | r>>6)
		p[1] = byte(0x80 | r&0x3F)
		return 2
	case r < 0x10000:
		_ = p[2]
		p[0] = byte(0xE0 | r>>12)
		p[1] = byte(0x80 | (r>>6)&0x3F)
		p[2] = byte(0x80 | r&0x3F)
		return 3
	}
	_ = p[3]
	p[0] = byte(0xF0 | r>>18)
	p[1] = byte(0x80 | (r>>12)&0x3F)
	p[2] = byte(0x80 | (r>>6)&0x3F)
	p[3] = byte(0x80 | r&0x3F)
	return 4
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the
// extended buffer.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCount returns the number of runes in p; invalid bytes count as one each.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
		} else {
			_, size := DecodeRune(p[i:])
			i += size
		}
		n++
	}
	return n
}

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) (n int) {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
		} else {
			_, size := DecodeRuneInString(s[i:])
			i += size
		}
		n++
	}
	return n
}

// RuneStart reports whether the byte could be the first byte of an encoded,
// possibly invalid rune.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// FullRune reports whether the bytes in p begin with a full UTF-8 encoding of
// a rune (an invalid encoding counts as a full rune: it decodes as an error of
// width 1).
func FullRune(p []byte) bool {
	n := len(p)
	if n == 0 {
		return false
	}
	var b [4]byte
	for i := 0; i < n && i < 4; i++ {
		b[i] = p[i]
	}
	return fullRune(b, n)
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	var b [4]byte
	for i := 0; i < n && i < 4; i++ {
		b[i] = s[i]
	}
	return fullRune(b, n)
}

func fullRune(b [4]byte, n int) bool {
	if n >= UTFMax {
		return true
	}
	r, size := decodeBytes(b[0], b[1], b[2], b[3], n)
	if r != RuneError || size != 1 {
		return true
	}
	// Invalid, or valid so far but cut short: it is full only when a byte
	// present already rules it out.
	var full [4]byte
	full = b
	for i := n; i < 4; i++ {
		full[i] = 0x80
	}
	_, fsize := decodeBytes(full[0], full[1], full[2], full[3], 4)
	return fsize <= n
}

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be legally encoded as UTF-8.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
