package main

import "fmt"

// Every escape form in rune and string literals, and raw strings.

func main() {
	runes := []rune{'a', '\a', '\b', '\f', '\n', '\r', '\t', '\v', '\\', '\'', '"',
		'\x41', '\101', '\u00e9', '\U0001F600', '\000', '\377', '\u2028', 'ÿ'}
	for _, r := range runes {
		fmt.Printf("%d %q %U\n", r, r, r)
	}

	s := "tab\there\nnewline \"quoted\" back\\slash \x48\x65\x6c\x6c\x6f \110\151 \u4e16\u754c \U0001F680"
	fmt.Println(s)
	fmt.Printf("%q\n", s)
	fmt.Println(len(s))

	bytesEsc := "\xff\xfe\x00\x7f"
	fmt.Println(len(bytesEsc), []byte(bytesEsc))
	fmt.Printf("%q %+q %x\n", bytesEsc, "é", "é")

	raw := `raw \n stays \t as is
second line with "quotes" and 'ticks'
	tabbed \x41 \u00e9`
	fmt.Println(raw)
	fmt.Println(len(raw))
	fmt.Printf("%q\n", raw)

	rawCR := `a` + "\r" + `b`
	fmt.Printf("%q\n", rawCR)

	emptyRaw := ``
	fmt.Println(emptyRaw == "", len(emptyRaw))

	// escapes inside rune literals used as values
	fmt.Println('\n' == 10, '\x7f' == 127, '\u0041' == 'A', '\U00000041' == 'A', '\101' == 'A')
	const c = '\u00e9' + 1
	fmt.Println(c, string(rune(c)))

	// quote with %q on various strings
	for _, q := range []string{"plain", "with\ttab", "日本", "\x00bin", "bell\a", "\u2028", "`"} {
		fmt.Printf("%q %+q %#q\n", q, q, q)
	}
	fmt.Printf("%c%c%c\n", 'G', 0x6F, '\u2713')
	fmt.Printf("%x %X % x\n", "hi\n", "hi\n", "hi\n")

	// the same text spelled five ways
	forms := []string{"é", "\u00e9", "\U000000e9", "\xc3\xa9", "\303\251"}
	for i, f := range forms {
		fmt.Println(i, f == forms[0], len(f), []byte(f))
	}
}
