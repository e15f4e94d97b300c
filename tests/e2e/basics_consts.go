package main

import "fmt"

// Untyped constants: arbitrary precision intermediates, float constants, typed conversions.
const (
	Big   = 1 << 100
	Small = Big >> 98
	Huge  = Big * Big
	Ratio = Huge / Big / Big
)

const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const Third = 1.0 / 3
const typedI int32 = 1 << 20
const typedF float32 = 1.0 / 3

type Celsius float64

const Boiling Celsius = 100

func main() {
	fmt.Println(Small, Ratio)
	fmt.Println(Big / (1 << 90))
	fmt.Println(Pi, float32(Pi))
	fmt.Println(Third, Third*3 == 1)
	fmt.Println(typedI, typedF)
	fmt.Println(Boiling, Boiling/3)
	fmt.Printf("%T %T %T %T\n", Small, Pi, 'x', "s")
	fmt.Printf("%T %T %T\n", typedI, typedF, Boiling)
	var f float32 = Pi
	var d = Pi
	var i int64 = Big >> 40
	fmt.Println(f, d, i)
	const m = 7.0
	var n int = m // an untyped float constant with an integer value converts
	fmt.Println(n, m/2)
	var b byte = 'a' + 1
	fmt.Println(b, string(rune(b)))
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	const maxU64 = 1<<64 - 1
	fmt.Println(uint64(maxU64), maxU64>>32)
	const neg = -1 << 63
	fmt.Println(int64(neg))
	fmt.Println(1<<10-1, 0x7f, 0o17, 017, 0b1010, 1_000_000, 0x_FF)
	fmt.Println('a', '\n', '\x41', '\u00e9', '世')
	fmt.Println(1e3, 2.5e-3, 0x1p4)
	const r = 'a' * 2
	fmt.Printf("%T %v\n", r, r)
	var x uint8 = 255
	fmt.Println(x + 1 - 1)
	const c = 'A' + 2.0
	fmt.Printf("%T %v\n", c, c)
	fmt.Println(len("héllo"), len([3]int{}))
	const bits = 64 - 1
	fmt.Println(uint64(1)<<bits-1 == 9223372036854775807)
}
