package strconv

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// formatBits formats u (negated when neg) in base into the tail of a buffer.
func formatBits(dst []byte, u uint64, base int, neg bool) []byte {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var a [64 + 1]byte
	i := len(a)
	b := uint64(base)
	for u >= b {
		i--
		a[i] = digits[u%b]
		u /= b
	}
	i--
	a[i] = digits[u]
	if neg {
		i--
		a[i] = '-'
	}
	return append(dst, a[i:]...)
}

// FormatUint returns the string representation of i in the given base, for
// 2 <= base <= 36, with lower-case letters for digit values >= 10.
func FormatUint(i uint64, base int) string { return string(formatBits(nil, i, base, false)) }

// FormatInt returns the string representation of i in the given base.
func FormatInt(i int64, base int) string {
	if i < 0 {
		return string(formatBits(nil, -uint64(i), base, true))
	}
	return string(formatBits(nil, uint64(i), base, false))
}

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string { return FormatInt(int64(i), 10) }

// AppendInt appends the string form of the integer i to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	if i < 0 {
		return formatBits(dst, -uint64(i), base, true)
	}
	return formatBits(dst, uint64(i), base, false)
}

// AppendUint appends the string form of the unsigned integer i to dst.
func AppendUint(dst []byte, i uint64, base int) []byte { return formatBits(dst, i, base, false) }

// ---------------------------------------------------------------- floats

// FormatFloat converts f to a string according to the format fmt ('b', 'e',
// 'E', 'f', 'g', 'G', 'x', 'X') and precision prec (-1: the fewest digits
// that read back exactly), for a float of bitSize bits (32 or 64).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	if fmt != 'b' && fmt != 'e' && fmt != 'E' && fmt != 'f' && fmt != 'g' && fmt != 'G' && fmt != 'x' && fmt != 'X' {
		return "%" + string(rune(fmt))
	}
	if bitSize != 32 && bitSize != 64 {
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	return formatFloat(f, int(fmt), prec, bitSize)
}

// AppendFloat appends the string form of f, as FormatFloat makes it, to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

//gosub:runtime rt_strconv_format_float
func formatFloat(f float64, fmt int, prec, bitSize int) string

//gosub:runtime rt_strconv_parse_float noescape
func parseFloat(s string, bitSize int) float64

// ParseFloat converts s to a floating-point number of bitSize bits (32 or
// 64), correctly rounded.  Out of range values give ±Inf and ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	const fn = "ParseFloat"
	if v, ok := special(s); ok {
		return v, nil
	}
	t := s
	if contains(s, '_') {
		if !underscoreOK(s) {
			return 0, syntaxError(fn, s)
		}
		b := make([]byte, 0, len(s))
		for i := 0; i < len(s); i++ {
			if s[i] != '_' {
				b = append(b, s[i])
			}
		}
		t = string(b)
	}
	if !wellFormed(t) {
		return 0, syntaxError(fn, s)
	}
	f := parseFloat(t, bitSize)
	if f > maxFloat(bitSize) || f < -maxFloat(bitSize) {
		return f, rangeError(fn, s)
	}
	return f, nil
}

func maxFloat(bitSize int) float64 {
	if bitSize == 32 {
		return 0x1p127 * (1 + (1 - 0x1p-23))
	}
	return 0x1p1023 * (1 + (1 - 0x1p-52))
}

// special recognises ±inf, ±infinity and nan in any case.
func special(s string) (float64, bool) {
	t := s
	sign := 1.0
	if len(t) > 0 && (t[0] == '+' || t[0] == '-') {
		if t[0] == '-' {
			sign = -1
		}
		t = t[1:]
	}
	switch lowerASCII(t) {
	case "inf", "infinity":
		var zero float64
		return sign / zero, true
	case "nan":
		if len(t) == len(s) {
			var zero float64
			return zero / zero, true
		}
	}
	return 0, false
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// wellFormed: [sign] digits [. digits] [e [sign] digits], at least one
// mantissa digit; or the hexadecimal form 0x mantissa p exponent.
func wellFormed(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	hex := i+1 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x'
	if hex {
		i += 2
	}
	isDigit := func(c byte) bool {
		return '0' <= c && c <= '9' || hex && 'a' <= lower(c) && lower(c) <= 'f'
	}
	nd := 0
	for i < len(s) && isDigit(s[i]) {
		i++
		nd++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && isDigit(s[i]) {
			i++
			nd++
		}
	}
	if nd == 0 {
		return false
	}
	if i < len(s) && (!hex && lower(s[i]) == 'e' || hex && lower(s[i]) == 'p') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		ne := 0
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
			ne++
		}
		if ne == 0 {
			return false
		}
	} else if hex {
		return false // a hexadecimal mantissa needs its p exponent
	}
	return i == len(s)
}
