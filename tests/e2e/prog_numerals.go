package main

import (
	"errors"
	"fmt"
	"strings"
)

// Number formatting: Roman numerals both ways with validation, English words, ordinal suffixes,
// thousands separators, and a round-trip check over a range.

var romanTable = []struct {
	val int
	sym string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var ErrRange = errors.New("out of range")

type RomanError struct {
	Input string
	Pos   int
}

func (e *RomanError) Error() string {
	return fmt.Sprintf("invalid roman numeral %q at position %d", e.Input, e.Pos)
}

func ToRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("ToRoman(%d): %w", n, ErrRange)
	}
	var sb strings.Builder
	for _, e := range romanTable {
		for n >= e.val {
			sb.WriteString(e.sym)
			n -= e.val
		}
	}
	return sb.String(), nil
}

func FromRoman(s string) (int, error) {
	values := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := values[s[i]]
		if !ok {
			return 0, &RomanError{s, i}
		}
		if i+1 < len(s) && values[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	// canonical form check
	if back, err := ToRoman(total); err != nil || back != s {
		return 0, &RomanError{s, len(s)}
	}
	return total, nil
}

var small = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

func Words(n int64) string {
	if n < 0 {
		return "minus " + Words(-n)
	}
	if n < 20 {
		return small[n]
	}
	if n < 100 {
		w := tens[n/10]
		if n%10 != 0 {
			w += "-" + small[n%10]
		}
		return w
	}
	if n < 1000 {
		w := small[n/100] + " hundred"
		if n%100 != 0 {
			w += " and " + Words(n%100)
		}
		return w
	}
	scales := []struct {
		v    int64
		name string
	}{{1_000_000_000, "billion"}, {1_000_000, "million"}, {1000, "thousand"}}
	for _, sc := range scales {
		if n >= sc.v {
			w := Words(n/sc.v) + " " + sc.name
			if r := n % sc.v; r != 0 {
				if r < 100 {
					w += " and " + Words(r)
				} else {
					w += " " + Words(r)
				}
			}
			return w
		}
	}
	return "?"
}

func Ordinal(n int) string {
	suffix := "th"
	switch n % 10 {
	case 1:
		suffix = "st"
	case 2:
		suffix = "nd"
	case 3:
		suffix = "rd"
	}
	if n%100 >= 11 && n%100 <= 13 {
		suffix = "th"
	}
	return fmt.Sprint(n) + suffix
}

func Commas(n int64) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	out := strings.Join(parts, ",")
	if neg {
		out = "-" + out
	}
	return out
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := ToRoman(n)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrRange))
			continue
		}
		fmt.Printf("%4d = %s\n", n, r)
	}
	for _, s := range []string{"MCMXCIV", "XLII", "IIII", "IC", "MMXXV", "ABC", ""} {
		n, err := FromRoman(s)
		var re *RomanError
		if errors.As(err, &re) {
			fmt.Printf("%-8s error at %d: %v\n", s, re.Pos, err)
			continue
		}
		fmt.Printf("%-8s = %d\n", s, n)
	}
	bad := 0
	for n := 1; n < 4000; n++ {
		r, _ := ToRoman(n)
		back, err := FromRoman(r)
		if err != nil || back != n {
			bad++
		}
	}
	fmt.Println("round trip failures:", bad)

	for _, n := range []int64{0, 7, 13, 21, 100, 101, 342, 1000, 1001, 12345, 1000000, 7000017, 2147483647, -45} {
		fmt.Printf("%14s: %s\n", Commas(n), Words(n))
	}
	var ords []string
	for _, n := range []int{1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112, 1003} {
		ords = append(ords, Ordinal(n))
	}
	fmt.Println(strings.Join(ords, " "))
}
