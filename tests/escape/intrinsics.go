// Functions of strconv, math and os leak nothing; fmt's keep their boxed
// arguments.

package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

func Itoa(n int) string {
	return strconv.Itoa(n)
}

func Atoi(s string) int { // ERROR "s does not escape$"
	v, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return v
}

func Sqrt(x float64) float64 {
	return math.Sqrt(x) + math.Abs(x) + math.Floor(x)
}

func Sprintf(n int, s string) string { // ERROR "leaking param: s$"
	return fmt.Sprintf("%d %s", n, s) // ERROR "\.\.\. argument does not escape$" "n escapes to heap$" "s escapes to heap$"
}

func Sprint(p *int) string { // ERROR "leaking param: p$"
	return fmt.Sprint(p) // ERROR "\.\.\. argument does not escape$"
}

func main() {
	fmt.Println(Itoa(3), Atoi("4"), Sqrt(2)) // ERROR "\.\.\. argument does not escape$" "Itoa\(3\) escapes to heap$" "Atoi\(\"4\"\) escapes to heap$" "Sqrt\(2\) escapes to heap$"
	x := 5 // ERROR "moved to heap: x$"
	fmt.Println(Sprintf(1, "a"), len(Sprint(&x)) > 2) // ERROR "\.\.\. argument does not escape$" "Sprintf\(1, \"a\"\) escapes to heap$" "len\(Sprint\(&x\)\) > 2 escapes to heap$"
	fmt.Printf("%v\n", x) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"
	if len(os.Args) > 5 {
		os.Exit(3)
	}
}
