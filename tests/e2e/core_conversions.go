package main

import (
	"fmt"
	"math"
)

// Conversions between all numeric types: truncation, sign extension, wrap-around, float to int,
// int to float rounding, float32 precision, complex.

func main() {
	big := int64(0x1234_5678_9ABC_DEF0)
	fmt.Println(int8(big), int16(big), int32(big), uint8(big), uint16(big), uint32(big))
	fmt.Printf("%x %x %x\n", uint8(big), uint16(big), uint32(big))

	neg := int32(-1)
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg), int64(neg))
	n8 := int8(-128)
	fmt.Println(-n8, n8-1, uint8(n8), int16(n8), uint16(n8))
	u8 := uint8(200)
	fmt.Println(int8(u8), u8+100, u8*2, int(u8)+100)
	u := uint(3)
	fmt.Println(u-4 > 0, int64(u-4))

	fs := []float64{3.99, -3.99, 0.5, -0.5, 1e10, 255.9, -0.0}
	for _, f := range fs {
		fmt.Println(f, int(f), int64(f), int32(int64(f)), uint8(int(f)))
	}
	f64 := 16777217.0
	fmt.Println(float32(f64), float64(float32(f64)), float32(0.1), float64(float32(0.1)))
	fmt.Println(float32(1)/3, float64(float32(1)/3))
	i := 9007199254740993
	fmt.Println(float64(i), int64(float64(i)))
	mf := float32(math.MaxFloat32)
	fmt.Println(mf*2, -mf*2, mf*2-mf*2)

	var x uint64 = math.MaxUint64
	fmt.Println(x, float64(x), float32(x), int64(x))
	var mi int64 = math.MinInt64
	fmt.Println(mi, -mi, mi/-1+0, float64(mi))

	c := complex(1.5, -2)
	c64 := complex64(c)
	fmt.Println(c, c64, real(c64), imag(c), complex128(c64)*2)
	fmt.Printf("%T %T\n", real(c64), imag(c))

	r := rune(0x1F600)
	fmt.Println(int16(r), byte(r), uint16(r), string(r))
	b := byte('A')
	fmt.Println(rune(b)+1, float64(b)/2, b>>1, b<<1, int(b)<<2)

	// arithmetic wraps in the declared type
	var i16 int16 = 32767
	i16++
	var u16 uint16 = 0
	u16--
	var i32 int32 = math.MaxInt32
	i32 += 2
	fmt.Println(i16, u16, i32)
	var m int8 = -128
	m = m / -1
	fmt.Println(m, -m)

	// shifts by large counts
	var one uint32 = 1
	s := 33
	fmt.Println(one<<s, int64(1)<<62, int8(1)<<6, uint8(255)>>s, int32(-8)>>s, int32(-8)>>1)
	fmt.Println(7/2, -7/2, 7%-2, -7%2, 7.0/2)
	fmt.Println(math.Trunc(-2.7), math.Floor(-2.7), math.Ceil(-2.2), math.Round(2.5), math.Round(-2.5))
	fmt.Printf("%.0f %.0f %.1f\n", 2.5, 3.5, 0.25)
}
