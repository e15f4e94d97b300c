package main

import (
	"fmt"
	"strconv"
)

// strconv: Itoa, Atoi, ParseInt/ParseUint with bases and bit sizes, FormatInt, ParseFloat,
// FormatFloat in each format, ParseBool, Quote family, AppendInt.

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(1<<40))
	for _, s := range []string{"42", "-17", "+8", "007", " 1", "1e3", "", "9223372036854775807", "9223372036854775808"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	cases := []struct {
		s    string
		base int
		bits int
	}{
		{"ff", 16, 64}, {"-0x1f", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 64}, {"777", 8, 16},
		{"127", 10, 8}, {"128", 10, 8}, {"-129", 10, 8}, {"z", 36, 64}, {"1_000", 0, 32}, {"12", 2, 64},
	}
	for _, c := range cases {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, n, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)

	for _, b := range []int{2, 8, 10, 16, 36} {
		fmt.Print(strconv.FormatInt(-255, b), " ", strconv.FormatUint(255, b), " ")
	}
	fmt.Println()

	for _, s := range []string{"3.14", "-0.5", "1e10", "inf", "-Inf", "NaN", "0x1p-2", "1.7976931348623157e308", "1e400", "abc", "1_0.5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)

	x := 1234.5678
	for _, fm := range []byte{'f', 'e', 'E', 'g', 'G'} {
		fmt.Print(strconv.FormatFloat(x, fm, -1, 64), " ", strconv.FormatFloat(x, fm, 2, 64), " ")
	}
	fmt.Println()
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(-0.0, 'f', 1, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(1.005, 'f', 2, 64))

	for _, s := range []string{"true", "T", "0", "FALSE", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))

	fmt.Println(strconv.Quote("hello \"world\"\n\ttab é 😀 \x00"))
	fmt.Println(strconv.QuoteToASCII("é 😀"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	uq, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", uq, err)
	_, err = strconv.Unquote(`"unterminated`)
	fmt.Println(err)
	raw, err := strconv.Unquote("`raw\\n`")
	fmt.Println(raw, err)

	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	fmt.Println(string(buf))
}
