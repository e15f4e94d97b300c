package main

import "fmt"

// Every integer type, with Go's wrapping (two's complement) arithmetic.
func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 127+1 =", i8)
	i8 = -128
	i8--
	fmt.Println("int8 -128-1 =", i8)
	i8 = -128
	fmt.Println("int8 -(-128) =", -i8)
	fmt.Println("int8 -128*-128, -128+-128 =", i8*i8, i8+i8)

	var u8 uint8 = 255
	u8++
	fmt.Println("uint8 255+1 =", u8)
	u8 = 0
	u8--
	fmt.Println("uint8 0-1 =", u8)
	var b byte = 200
	b += 100
	fmt.Println("byte 200+100 =", b)

	var i16 int16 = 32767
	i16 += 2
	fmt.Println("int16 32767+2 =", i16)
	var u16 uint16 = 65535
	u16 *= u16
	fmt.Println("uint16 65535*65535 =", u16)

	var i32 int32 = 2147483647
	i32++
	fmt.Println("int32 max+1 =", i32)
	var u32 uint32 = 4000000000
	u32 += 500000000
	fmt.Println("uint32 4e9+5e8 =", u32)
	var r rune = 0x10FFFF
	r *= 4096
	fmt.Println("rune wrap =", r)

	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64 max+1 =", i64)
	var u64 uint64 = 0
	u64--
	fmt.Println("uint64 0-1 =", u64)
	u64 = 1 << 63
	fmt.Println("uint64 1<<63 * 2 =", u64*2)

	var n int = 9223372036854775807
	n++
	fmt.Println("int max+1 =", n)
	var u uint = 0
	u--
	fmt.Println("uint 0-1 =", u)
	var p uintptr = 0
	p--
	fmt.Println("uintptr 0-1 =", p)

	// Multiplication overflow in int64.
	x := int64(3037000500)
	fmt.Println("x*x =", x*x)
	// Negation and unary ops.
	y := int32(-5)
	fmt.Println(-y, ^y, +y)
	var z uint8 = 0x0F
	fmt.Println(^z, z&0x3C, z|0xF0, z^0xFF, z&^0x05)

	// Conversions between sizes truncate or sign-extend.
	big := int64(0x123456789)
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big), int32(big), uint32(big))
	neg := int64(-1)
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg), uint(neg))
	m := int8(-100)
	fmt.Println(int64(m), uint64(m), uint8(m), int16(uint8(m)))

	// Loops that accumulate with wrapping.
	var h uint32 = 2166136261
	for i := 0; i < 20; i++ {
		h ^= uint32(i)
		h *= 16777619
	}
	fmt.Println("fnv-ish hash:", h)
	var acc int16
	for i := 0; i < 1000; i++ {
		acc += int16(i * 97)
	}
	fmt.Println("int16 accumulate:", acc)
}
