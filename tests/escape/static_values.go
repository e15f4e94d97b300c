// Values gc knows statically: a variable never reassigned and never
// address-taken holds its initialiser, so gc boxes the constant itself
// (and prints it), sizes make by it, and calls a func value it holds
// directly.

package main

import "fmt"

type Celsius float64

func apply(p *int) int { // ERROR "p does not escape$"
	return *p
}

func Boxes() {
	a := 2.5
	b := 3.14159265
	var c float32 = 1.5
	d := 'é'
	e := Celsius(100)
	f := "hi\n"
	g := 1e21
	h := true
	fmt.Println(a, b, c, d, e, f, g, h) // ERROR "\.\.\. argument does not escape$" "2\.5 escapes to heap$" "3\.14159 escapes to heap$" "float32\(1\.5\) escapes to heap$" "'é' escapes to heap$" "Celsius\(100\) escapes to heap$" "\"hi\\n\" escapes to heap$" "1e\+21 escapes to heap$" "true escapes to heap$"
}

func Sizes(n int) int {
	size := 64
	other := size
	s := make([]byte, other) // ERROR "make\(\[\]byte, 64\) does not escape$"
	t := make([]byte, n, size) // ERROR "make\(\[\]byte, n, 64\) does not escape$"
	return len(s) + len(t)
}

func Calls() int {
	h := apply
	x := 1
	g := func(p *int) int { return *p + 1 } // ERROR "p does not escape$" "func literal does not escape$"
	y := 2
	return h(&x) + g(&y)
}

func main() {
	Boxes()
	fmt.Println(Sizes(3), Calls()) // ERROR "\.\.\. argument does not escape$" "Sizes\(3\) escapes to heap$" "Calls\(\) escapes to heap$"
}
