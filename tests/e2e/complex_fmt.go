package main

// Complex numbers through fmt: every float verb applies to both parts,
// widths and flags pad each part, %v nests in structs, slices, maps and
// pointers as Go prints them, and Sprint/Sprintf build strings.

import (
	"fmt"
	"math"
)

type Pair struct {
	A complex128
	B complex64
}

type Wrap struct {
	P  Pair
	Zs []complex128
	M  map[string]complex64
}

func main() {
	z := complex(1.25, -3.5)
	var w complex64 = complex(0.1, 2)
	verbs := []string{"%v", "%g", "%G", "%e", "%E", "%f", "%F", "%.2f", "%.3e", "%.1g",
		"%8.2f", "%-8.2f|", "%+v", "%+.1f", "% .2f", "%012.3f", "%#v", "%#g", "%x", "%X", "%b"}
	for _, v := range verbs {
		fmt.Printf("%-8s "+v+"\n", v, z)
	}
	for _, v := range []string{"%v", "%g", "%.2f", "%e", "%#v"} {
		fmt.Printf("%-5s "+v+"\n", v, w)
	}
	inf := math.Inf(1)
	specials := []complex128{
		complex(inf, -inf), complex(math.NaN(), 0), complex(0, math.Copysign(0, -1)),
		1e21 + 1e-7i, complex(123456789, 0.000012345),
	}
	for _, s := range specials {
		fmt.Printf("%v|%.1f|%10.2e|%+g\n", s, s, s, s)
	}
	fmt.Printf("%T %T %T\n", z, w, []complex64{w})
	fmt.Printf("%d %s %q\n", z, z, w)
	fmt.Printf("%6v|%-12v|%3.1f\n", 1i, w, 2+2i)

	p := Pair{z, w}
	wr := Wrap{p, []complex128{1, 1i}, map[string]complex64{"k": 3 - 4i}}
	fmt.Printf("%v\n%+v\n%#v\n", p, p, p)
	fmt.Printf("%v\n%+v\n%#v\n", wr, wr, wr)
	fmt.Printf("%.1f %v\n", []complex128{z, 2}, &p)
	fmt.Printf("%v %v\n", [2]complex64{1, -1}, map[complex128]bool{2i: true, 1: false})
	s := fmt.Sprint(z, w, "x", 3i) + "|" + fmt.Sprintln(z, 1+0i)
	fmt.Print(s)
	fmt.Println(fmt.Sprintf("%08.3f", z), len(fmt.Sprintf("%v", z)))
	var e any = z
	fmt.Println(e, []any{w, 1i, nil})
}
