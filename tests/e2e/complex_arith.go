package main

// Complex arithmetic: constants folded exactly, run-time + - * / on both
// complex types, division's special cases (zero, Inf, NaN), conversions
// and the complex/real/imag builtins, printed with println and fmt.

import (
	"fmt"
	"math"
)

const (
	i2    = 2i * 2i           // -4 as an untyped complex constant
	big   = 1e300i * 1e300i   // exact: beyond float64, but only while untyped
	small = big / 1e600       // back in range
	third = (1 + 0i) / 3      // exact rational, rounded once at use
	hexI  = 0x1p-2i
	sepI  = 1_000i
	octI  = 0123i             // decimal, for backward compatibility
	expI  = 1.5e3i
)

var trace []string

// part records the order in which complex's operands are evaluated.
func part(name string, v float64) float64 {
	trace = append(trace, name)
	return v
}

func div(a, b complex128) complex128 { return a / b }

func div64(a, b complex64) complex64 { return a / b }

func show(name string, z complex128) {
	fmt.Printf("%-10s %v re=%g im=%g\n", name, z, real(z), imag(z))
}

func main() {
	println(i2, real(i2), imag(i2))
	fmt.Println(small, third, hexI, sepI, octI, expI)
	var f32 float32 = real(i2)
	const r = real(3 + 4i)
	var n int = r // a complex constant with zero imaginary part is an integer
	fmt.Println(f32, n, complex(r, r))

	a, b := complex(1.5, -2), complex(-0.5, 4)
	show("a+b", a+b)
	show("a-b", a-b)
	show("a*b", a*b)
	show("a/b", a/b)
	show("-a", -a)
	show("+b", +b)

	var zero complex128
	inf, nan := math.Inf(1), math.NaN()
	show("1/0", div(1, zero))
	show("-1/0", div(-1, zero))
	show("0/0", div(0, zero))
	show("1i/0", div(1i, zero))
	show("inf/2", div(complex(inf, 0), 2))
	show("inf/-2i", div(complex(inf, -inf), -2i))
	show("1/inf", div(1, complex(inf, 0)))
	show("1/(inf,i)", div(complex(3, -4), complex(inf, inf)))
	show("nan/1", div(complex(nan, 0), 1))
	show("1/nan", div(1, complex(nan, nan)))
	show("big/big", div(complex(1e300, 1e300), complex(1e300, -1e300)))
	show("tiny", div(complex(1e-300, 1e-300), complex(1e-300, 2e-300)))
	show("mulInf", complex(inf, 1)*complex(0, 1))

	c64 := complex64(a)
	d64 := complex64(b)
	fmt.Println(c64*d64, c64/d64, div64(1, 0), complex128(c64/d64))
	fmt.Println(real(c64), imag(d64), complex(real(c64), 2))
	fmt.Printf("%T %T %T %T\n", real(c64), imag(a), complex(float32(1), 2), c64+1)

	// compound assignment and ++/--
	z := complex(1, 1)
	z += 2
	z *= 1i
	z -= complex(0, 1)
	z /= 2
	z++
	z--
	z++
	println(z)
	var w complex64 = 3
	w *= w
	w /= 1i
	println(w, -w)

	// ==, != and NaN
	nz := complex(nan, 0)
	fmt.Println(a == a, a != b, nz == nz, nz != nz, complex(0, 0) == complex(math.Copysign(0, -1), 0))
	// loops accumulate in the complex type
	acc := complex(1, 0)
	for k := 0; k < 8; k++ {
		acc *= complex(math.Cos(math.Pi/4), math.Sin(math.Pi/4))
	}
	fmt.Printf("%.3f\n", acc)
	fmt.Println(complex(part("re", 1), part("im", -1)), real(complex(part("r", 2), 0)), trace)
}
