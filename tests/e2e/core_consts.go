package main

import (
	"fmt"
	"math"
)

// Constant expressions of every kind: untyped arbitrary precision, typed constants, iota patterns,
// rune/string/bool constants, shifts, float and complex constants.

type Size uint64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
	TB
)

type Dir int

const (
	North Dir = iota
	East
	South
	West
	numDirs = iota
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

const huge = 1 << 100
const hugeShifted = huge >> 98
const third = 1.0 / 3
const bigFloat = 1e300 * 1e300 / 1e300
const str = "con" + "cat"
const strLen = len(str)
const isBig = huge > 1<<99
const r = 'x' + 1
const cplx = 2i * 2i
const typedF float32 = 0.1
const mixed = 'a' * 2.5

const (
	Read  = 1 << iota // 1
	Write             // 2
	Exec              // 4
	All   = Read | Write | Exec
)

func (d Dir) String() string { return [...]string{"N", "E", "S", "W"}[d] }

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Printf("%T %v\n", TB, TB/GB)
	fmt.Println(North, East, South, West, numDirs)
	fmt.Println((West + 1) % numDirs)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(bit0, mask0, bit1, mask1, bit3, mask3)
	fmt.Println(hugeShifted, isBig, huge/(1<<97))
	fmt.Println(third, third*3 == 1, bigFloat)
	fmt.Println(str, strLen, r, string(rune(r)))
	fmt.Println(cplx, real(cplx), imag(cplx))
	fmt.Println(typedF, float64(typedF) == 0.1, mixed)
	fmt.Println(Read, Write, Exec, All, All&^Write)

	const maxU8 = math.MaxUint8
	const minI64 = math.MinInt64
	var u8 uint8 = maxU8
	fmt.Println(u8, minI64, math.MaxInt32, math.MaxUint32)
	fmt.Println(math.Pi, float32(math.Pi), math.MaxInt64)
	fmt.Printf("%.3e %v\n", math.SmallestNonzeroFloat64, math.MaxFloat32)

	// untyped constants adapt to context
	const k = 7
	var i8 int8 = k
	var fl float64 = k / 2
	var fl2 float64 = k / 2.0
	fmt.Println(i8, fl, fl2, k%3, -k/2, -k%3)

	// typed constant arithmetic
	const t int16 = 300
	fmt.Println(t*100, t/7, t<<2)
	const boolC = 3 > 2 && "a" < "b"
	fmt.Println(boolC, !boolC)
	const shift = 1.0 << 3 // untyped float const shifted: becomes int in int context
	var sh int = shift
	fmt.Println(sh)
	fmt.Println(len([3]int{}), cap([5]string{}), len("héllo"))
	fmt.Println(0x1F, 0o17, 017, 0b1011, 1_000_000, 0x_ff, 1e3, 0x1p4, 'a', '\x00')
}
