package main

import "fmt"

// Truncated division and remainder, with every combination of signs and several types.
func main() {
	nums := []int{7, -7, 6, -6, 0, 1, -1, 13}
	dens := []int{2, -2, 3, -3, 7, -13}
	for _, a := range nums {
		for _, b := range dens {
			fmt.Printf("%d/%d=%d %d%%%d=%d  ", a, b, a/b, a, b, a%b)
		}
		fmt.Println()
	}
	// The most negative value divided by -1 wraps.
	var m8 int8 = -128
	var d8 int8 = -1
	fmt.Println(m8/d8, m8%d8)
	var m64 int64 = -9223372036854775808
	var d64 int64 = -1
	fmt.Println(m64/d64, m64%d64)
	// Unsigned division.
	var u uint32 = 4294967295
	fmt.Println(u/7, u%7, u/4294967295)
	var ub uint8 = 250
	fmt.Println(ub/3, ub%3)
	// Constant division: integers truncate, untyped floats do not.
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2)
	const c = 10 / 4
	const f = 10 / 4.0
	fmt.Println(c, f)
	// Division by powers of two of negative numbers truncates toward zero, unlike >>.
	for _, v := range []int32{-1, -3, -8, -9} {
		fmt.Println(v, v/2, v>>1, v/4, v%4)
	}
	// Digit sum via / and %.
	n := 987654321
	sum := 0
	for n > 0 {
		sum += n % 10
		n /= 10
	}
	fmt.Println("digit sum:", sum)
	x := -17
	x %= 5
	fmt.Println(x)
	x = -17
	x /= 5
	fmt.Println(x)
}
