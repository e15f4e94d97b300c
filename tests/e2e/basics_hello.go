package main

import "fmt"

// The smallest programs: printing values of each basic type with fmt.Println.
func main() {
	fmt.Println("hello, world")
	fmt.Println(42, -7, 3.5, true, false, "two words")
	fmt.Println()
	fmt.Println("a", "b", "c")
	fmt.Println(1, "x", 2)
	var b byte = 'A'
	var r rune = 'é'
	fmt.Println(b, r)
	fmt.Println(1e6, 1e21, 1e-7, 0.1+0.2, 100.0)
	fmt.Println(float32(0.1), float32(1)/3)
	fmt.Print("no newline, ")
	fmt.Print("then one\n")
	fmt.Print(1, 2, "three", 4, 5, "\n")
	fmt.Print("x", 1, 2, "y\n")
	fmt.Println("unicode: héllo, 世界")
	const big = 1 << 62
	fmt.Println(big, -big)
	fmt.Println(uint64(18446744073709551615))
	fmt.Println(int64(-9223372036854775808))
}
