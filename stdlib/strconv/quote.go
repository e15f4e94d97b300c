package strconv

import (
	"unicode"
	"unicode/utf8"
)

const lowerhex = "0123456789abcdef"

// IsPrint reports whether r is printable as Go defines it: the same as
// unicode.IsPrint.
func IsPrint(r rune) bool { return unicode.IsPrint(r) }

func appendEscapedRune(buf []byte, r rune, quote byte, ASCIIonly bool) []byte {
	if r == rune(quote) || r == '\\' {
		buf = append(buf, '\\')
		buf = append(buf, byte(r))
		return buf
	}
	if ASCIIonly {
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(buf, byte(r))
		}
	} else if IsPrint(r) {
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		buf = append(buf, `\a`...)
	case '\b':
		buf = append(buf, `\b`...)
	case '\f':
		buf = append(buf, `\f`...)
	case '\n':
		buf = append(buf, `\n`...)
	case '\r':
		buf = append(buf, `\r`...)
	case '\t':
		buf = append(buf, `\t`...)
	case '\v':
		buf = append(buf, `\v`...)
	default:
		switch {
		case r < ' ' || r == 0x7f:
			buf = append(buf, `\x`...)
			buf = append(buf, lowerhex[byte(r)>>4], lowerhex[byte(r)&0xF])
		case !utf8.ValidRune(r):
			r = 0xFFFD
			buf = appendHex(buf, `\u`, r, 4)
		case r < 0x10000:
			buf = appendHex(buf, `\u`, r, 4)
		default:
			buf = appendHex(buf, `\U`, r, 8)
		}
	}
	return buf
}

func appendHex(buf []byte, prefix string, r rune, n int) []byte {
	buf = append(buf, prefix...)
	for s := (n - 1) * 4; s >= 0; s -= 4 {
		buf = append(buf, lowerhex[r>>uint(s)&0xF])
	}
	return buf
}

func appendQuotedWith(buf []byte, s string, quote byte, ASCIIonly bool) []byte {
	buf = append(buf, quote)
	for width := 0; len(s) > 0; s = s[width:] {
		r := rune(s[0])
		width = 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s)
		}
		if width == 1 && r == utf8.RuneError {
			buf = append(buf, `\x`...)
			buf = append(buf, lowerhex[s[0]>>4], lowerhex[s[0]&0xF])
			continue
		}
		buf = appendEscapedRune(buf, r, quote, ASCIIonly)
	}
	return append(buf, quote)
}

func appendQuotedRuneWith(buf []byte, r rune, quote byte, ASCIIonly bool) []byte {
	buf = append(buf, quote)
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = appendEscapedRune(buf, r, quote, ASCIIonly)
	return append(buf, quote)
}

// Quote returns a double-quoted Go string literal representing s, with Go
// escapes for control characters and non-printable characters.
func Quote(s string) string { return string(appendQuotedWith(nil, s, '"', false)) }

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte { return appendQuotedWith(dst, s, '"', false) }

// QuoteToASCII is Quote escaping every non-ASCII character too.
func QuoteToASCII(s string) string { return string(appendQuotedWith(nil, s, '"', true)) }

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte { return appendQuotedWith(dst, s, '"', true) }

// QuoteRune returns a single-quoted Go character literal representing r.
func QuoteRune(r rune) string { return string(appendQuotedRuneWith(nil, r, '\'', false)) }

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte { return appendQuotedRuneWith(dst, r, '\'', false) }

// QuoteRuneToASCII is QuoteRune escaping every non-ASCII character too.
func QuoteRuneToASCII(r rune) string { return string(appendQuotedRuneWith(nil, r, '\'', true)) }

func unhex(c byte) (v rune, ok bool) {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0'), true
	case 'a' <= c && c <= 'f':
		return rune(c - 'a' + 10), true
	case 'A' <= c && c <= 'F':
		return rune(c - 'A' + 10), true
	}
	return 0, false
}

// UnquoteChar decodes the first character or byte in the escaped string or
// character literal represented by s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", ErrSyntax
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(s[0]), false, s[1:], nil
	}
	if len(s) <= 1 {
		return 0, false, "", ErrSyntax
	}
	c := s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 0
		switch c {
		case 'x':
			n = 2
		case 'u':
			n = 4
		case 'U':
			n = 8
		}
		var v rune
		if len(s) < n {
			return 0, false, "", ErrSyntax
		}
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			value = v
			break
		}
		if !utf8.ValidRune(v) {
			return 0, false, "", ErrSyntax
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				return 0, false, "", ErrSyntax
			}
			v = (v << 3) | x
		}
		s = s[2:]
		if v > 255 {
			return 0, false, "", ErrSyntax
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		value = rune(c)
	default:
		return 0, false, "", ErrSyntax
	}
	tail = s
	return
}

// Unquote interprets s as a single-quoted, double-quoted, or backquoted Go
// string literal, returning the string value that s quotes.
func Unquote(s string) (string, error) {
	n := len(s)
	if n < 2 {
		return "", ErrSyntax
	}
	quote := s[0]
	if quote != s[n-1] {
		return "", ErrSyntax
	}
	s = s[1 : n-1]
	switch quote {
	case '`':
		if contains(s, '`') {
			return "", ErrSyntax
		}
		if contains(s, '\r') {
			b := make([]byte, 0, len(s))
			for i := 0; i < len(s); i++ {
				if s[i] != '\r' {
					b = append(b, s[i])
				}
			}
			return string(b), nil
		}
		return s, nil
	case '"', '\'':
	default:
		return "", ErrSyntax
	}
	if quote == '"' && !contains(s, '\\') && !contains(s, '"') && !contains(s, '\n') && utf8.ValidString(s) {
		return s, nil
	}
	var buf []byte
	for len(s) > 0 {
		if s[0] == '\n' {
			return "", ErrSyntax
		}
		c, multibyte, ss, err := UnquoteChar(s, quote)
		if err != nil {
			return "", err
		}
		s = ss
		if c < utf8.RuneSelf || !multibyte {
			buf = append(buf, byte(c))
		} else {
			buf = utf8.AppendRune(buf, c)
		}
		if quote == '\'' {
			break
		}
	}
	if quote == '\'' && (len(s) != 0 || len(buf) == 0) {
		return "", ErrSyntax
	}
	return string(buf), nil
}

// contains reports whether the byte c is in s (strconv keeps its own to not
// import strings).
func contains(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}
