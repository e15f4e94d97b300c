package main

import "fmt"

// Conversions between string and []byte in both directions; each conversion copies.
func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

func main() {
	s := "hello"
	b := []byte(s)
	fmt.Println(b, len(b))
	b[0] = 'j'
	fmt.Println(s, string(b))
	t := string(b)
	b[1] = 'E'
	fmt.Println(t, string(b))
	fmt.Println(upper("Mixed Case 123 héllo"))
	var nb []byte
	fmt.Println(string(nb) == "", len(string(nb)))
	e := []byte("")
	fmt.Println(e == nil, len(e))
	bs := make([]byte, 0, 4)
	for i := 0; i < 26; i++ {
		bs = append(bs, byte('a'+i))
	}
	fmt.Println(string(bs))
	bs = append(bs, "0123"...)
	fmt.Println(string(bs[20:]))
	// Copy a string into a byte slice.
	buf := make([]byte, 5)
	n := copy(buf, "abcdefgh")
	fmt.Println(n, string(buf))
	u := []byte("世界")
	fmt.Println(u, len(u))
	fmt.Printf("%s %x %v\n", u, u, string(u[:3]))
	r := []rune("héllo, 世界")
	fmt.Println(len(r), r[1], string(r[7:]))
	fmt.Println(string([]rune{72, 105, 0x1F600}))
	fmt.Printf("%s|%q\n", []byte("bytes"), []byte("q"))
	// Building a number string by hand.
	num := 90210
	var digits []byte
	for num > 0 {
		digits = append([]byte{byte('0' + num%10)}, digits...)
		num /= 10
	}
	fmt.Println(string(digits))
}
