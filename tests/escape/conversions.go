// String conversions and concatenation allocate; their results stay on the
// stack when they do not escape.

package escape

var sink string
var bsink []byte

func ToBytes(s string) int { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$" "zero-copy string->\[\]byte conversion$"
	return len(b)
}

func ToBytesEscapes(s string) { // ERROR "s does not escape$"
	bsink = []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

func ToString(b []byte) int { // ERROR "b does not escape$"
	s := string(b) // ERROR "string\(b\) does not escape$"
	return len(s)
}

func ToStringEscapes(b []byte) { // ERROR "b does not escape$"
	sink = string(b) // ERROR "string\(b\) escapes to heap$"
}

func Runes(s string) int { // ERROR "s does not escape$"
	r := []rune(s) // ERROR "\(\[\]rune\)\(s\) does not escape$"
	return len(r)
}

func RuneToString(r rune) string {
	return string(r) // ERROR "string\(r\) escapes to heap$"
}

func Concat(a, b string) int { // ERROR "a does not escape$" "b does not escape$"
	c := a + b // ERROR "a \+ b does not escape$"
	return len(c)
}

func ConcatEscapes(a, b string) string { // ERROR "a does not escape$" "b does not escape$"
	return a + b + "!" // ERROR "a \+ b \+ \"!\" escapes to heap$"
}
