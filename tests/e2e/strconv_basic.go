package main

import (
	"fmt"
	"strconv"
)

// strconv.Itoa and strconv.Atoi, including every kind of error Atoi reports.
func main() {
	for _, n := range []int{0, 7, -7, 123456789, -9223372036854775808, 9223372036854775807} {
		s := strconv.Itoa(n)
		fmt.Println(s, len(s))
	}
	inputs := []string{"0", "42", "-42", "+17", "007", "9223372036854775807", "-9223372036854775808",
		"9223372036854775808", "-9223372036854775809", "99999999999999999999", "", "abc", "12a", " 1",
		"1 ", "-", "+", "0x10", "1_000", "1.5", "٣"}
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		if err != nil {
			fmt.Println("error:", err)
			fmt.Println("value on error:", n)
			continue
		}
		fmt.Println("ok:", n)
	}
	// Round trip.
	ok := true
	for i := -1000; i <= 1000; i += 7 {
		back, err := strconv.Atoi(strconv.Itoa(i))
		if err != nil || back != i {
			ok = false
		}
	}
	fmt.Println("round trip:", ok)
	_, err := strconv.Atoi("x")
	fmt.Printf("%v|%T\n", err, err == nil)
	fmt.Println(err != nil, err)
	s := "Total: " + strconv.Itoa(12) + " items"
	fmt.Println(s)
}
