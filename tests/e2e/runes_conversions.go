package main

import "fmt"

// Conversions between strings, runes, bytes and integers.

func reverseRunes(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func reverseBytes(s string) string {
	bs := []byte(s)
	for i, j := 0, len(bs)-1; i < j; i, j = i+1, j-1 {
		bs[i], bs[j] = bs[j], bs[i]
	}
	return string(bs)
}

func main() {
	s := "Go→语言"
	rs := []rune(s)
	bs := []byte(s)
	fmt.Println(len(s), len(rs), len(bs))
	fmt.Println(rs)
	fmt.Println(bs)
	fmt.Printf("%q\n", rs)
	fmt.Printf("% x\n", bs)
	fmt.Println(string(rs[2]), string(rs[3:]), string(bs[:2]))

	fmt.Println(reverseRunes(s))
	fmt.Printf("%q\n", reverseBytes("añ"))

	var r rune = 0x4e16
	fmt.Println(string(r), r, string(rune(65)), string(rune(0x1F600)))
	fmt.Println(string(rune(-1)), string(rune(0x110000)), string(rune(0xD800)) == "\uFFFD")
	b := byte('z')
	fmt.Println(string(b), string(rune(b-25)))

	// modify runes and convert back
	rs[0] = 'g'
	rs = append(rs, '!', '✓')
	fmt.Println(string(rs), s)

	// string from bytes is a copy
	bs2 := []byte("hello")
	str := string(bs2)
	bs2[0] = 'j'
	fmt.Println(str, string(bs2))

	// runes as integers
	sum := 0
	for _, r := range "abc" {
		sum += int(r - 'a')
	}
	fmt.Println(sum, 'a'+1, string(rune('a'+1)), 'Z'-'A')
	digits := "4096"
	n := 0
	for _, d := range digits {
		n = n*10 + int(d-'0')
	}
	fmt.Println(n * 2)

	// rune/byte slices from literals and back
	fmt.Println(string([]rune{72, 105, 0x263A}), string([]byte{72, 105, 0xe2, 0x98, 0xba}))
	fmt.Println([]byte(""), []rune(""), len(string([]rune(nil))))
	invalid := string([]byte{0xff, 'a'})
	fmt.Println([]rune(invalid), len(invalid))

	// comparisons and concatenation
	a, z := "apple", "Äpfel"
	fmt.Println(a < z, a+z, len(a+z), z[0], z[:2])
	upper := []rune{}
	for _, r := range "hello wörld" {
		if r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		upper = append(upper, r)
	}
	fmt.Println(string(upper))
}
