package main

import "fmt"

// Shifts: by variable amounts, by amounts >= the width, signed (arithmetic) right shifts,
// and shift counts of various unsigned and signed types.
func main() {
	var one uint8 = 1
	for s := uint(0); s < 10; s++ {
		fmt.Print(one<<s, " ")
	}
	fmt.Println()

	x := int32(-256)
	for s := 0; s < 34; s += 3 {
		fmt.Print(x>>s, " ")
	}
	fmt.Println()

	u := uint32(0x80000000)
	for s := 0; s < 34; s += 4 {
		fmt.Print(u>>s, " ")
	}
	fmt.Println()

	var i64 int64 = 1
	var n uint = 63
	fmt.Println(i64<<n, i64<<(n+1), (i64<<n)>>n, uint64(1)<<n>>n)
	var neg int64 = -1
	fmt.Println(neg>>100, neg<<100, neg>>63, neg<<63)

	var k int = 70
	fmt.Println(1<<k == 0, -8>>k, 8>>k)
	var big uint16 = 300
	fmt.Println(uint8(255)>>big, int8(-1)<<big, uint64(0xFF)<<big)

	var s8 int8 = 3
	var s16 uint16 = 4
	var s64 uint64 = 5
	fmt.Println(1000<<s8, 1000>>s16, 1000<<s64)

	// Shifting into and out of the sign bit.
	var b int8 = 1
	b <<= 7
	fmt.Println("int8 1<<7 =", b)
	b >>= 2
	fmt.Println("then >>2 =", b)
	var c uint8 = 0xAB
	c = c<<4 | c>>4
	fmt.Println("rotate nibbles:", c)

	// Constant shifts.
	const K = 1 << 40
	fmt.Println(K, K>>38, uint64(K)<<23)
	fmt.Println(int64(-1)>>1, -7>>1, -7/2)

	// Bit counting with shifts.
	v := uint64(0xDEADBEEFCAFEBABE)
	count := 0
	for v != 0 {
		count += int(v & 1)
		v >>= 1
	}
	fmt.Println("popcount =", count)
}
