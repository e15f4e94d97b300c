package main

import (
	"fmt"
	"strings"
)

// Strings as immutable byte sequences: indexing and slicing bytes, []byte round trips and
// mutation, byte arithmetic for hex and base64-like encodings, comparison and concatenation.

const hexDigits = "0123456789abcdef"

func hexEncode(b []byte) string {
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, hexDigits[c>>4], hexDigits[c&0xf])
	}
	return string(out)
}

func hexDecode(s string) ([]byte, error) {
	if len(s)%2 != 0 {
		return nil, fmt.Errorf("odd length %d", len(s))
	}
	out := make([]byte, len(s)/2)
	for i := 0; i < len(s); i += 2 {
		hi := strings.IndexByte(hexDigits, s[i])
		lo := strings.IndexByte(hexDigits, s[i+1])
		if hi < 0 || lo < 0 {
			return nil, fmt.Errorf("invalid hex %q at %d", s[i:i+2], i)
		}
		out[i/2] = byte(hi<<4 | lo)
	}
	return out, nil
}

const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func base64(b []byte) string {
	var sb strings.Builder
	for i := 0; i < len(b); i += 3 {
		var chunk [3]byte
		n := copy(chunk[:], b[i:])
		v := uint(chunk[0])<<16 | uint(chunk[1])<<8 | uint(chunk[2])
		for j := 0; j < 4; j++ {
			if j <= n {
				sb.WriteByte(b64[v>>(18-6*j)&0x3f])
			} else {
				sb.WriteByte('=')
			}
		}
	}
	return sb.String()
}

func checksum(s string) uint32 {
	var a, b uint32 = 1, 0
	for i := 0; i < len(s); i++ {
		a = (a + uint32(s[i])) % 65521
		b = (b + a) % 65521
	}
	return b<<16 | a
}

func main() {
	s := "Hello, 世界"
	fmt.Println(len(s), s[0], s[7], string(s[0]), s[:5], s[7:10])
	b := []byte(s)
	b[0] = 'J'
	b = append(b, '!')
	fmt.Println(string(b), s)
	fmt.Println(hexEncode([]byte(s)))
	d, err := hexDecode(hexEncode([]byte(s)))
	fmt.Println(string(d), err)
	_, err = hexDecode("abc")
	fmt.Println(err)
	_, err = hexDecode("zz00")
	fmt.Println(err)

	for _, in := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "Go ✓"} {
		fmt.Printf("%q -> %q\n", in, base64([]byte(in)))
	}
	fmt.Printf("%08x %08x\n", checksum("Wikipedia"), checksum(""))

	// building with += in a loop versus Builder gives equal strings
	acc := ""
	var sb strings.Builder
	for i := range 10 {
		acc += string(rune('a' + i))
		sb.WriteByte(byte('a' + i))
	}
	fmt.Println(acc, acc == sb.String(), acc < "abd", acc > "abc", "Z" < "a")

	// caesar shift on bytes of ASCII letters only
	shift := func(s string, k int) string {
		out := []byte(s)
		for i, c := range out {
			switch {
			case c >= 'a' && c <= 'z':
				out[i] = 'a' + byte((int(c-'a')+k+26)%26)
			case c >= 'A' && c <= 'Z':
				out[i] = 'A' + byte((int(c-'A')+k+26)%26)
			}
		}
		return string(out)
	}
	enc := shift("Attack at Dawn, señor!", 3)
	fmt.Println(enc, shift(enc, -3))

	// copy into a byte slice from a string, and zero-length operations
	buf := make([]byte, 5)
	n := copy(buf, "abcdefgh")
	fmt.Println(n, string(buf), string(buf[:0]) == "", len(""[0:0]))
	fmt.Println(strings.Compare(string([]byte{0xff}), "z"), "\xff" > "z")
}
