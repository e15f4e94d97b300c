package main

import "fmt"

// The print and println builtins write to stderr in the gc runtime's own format
// (floats as +1.500000e+000, no spaces between print's operands).
func main() {
	println("hello from println")
	println(1, -2, "three", true, false)
	print("print ", 1, 2, "\n")
	print(3, 4, "\n")
	println(2.5, -0.125, 1e100, 0.0)
	var f32 float32 = 1.5
	println(f32)
	var i8 int8 = -128
	var u64 uint64 = 18446744073709551615
	var r rune = 'A'
	var b byte = 255
	println(i8, u64, r, b)
	var big int64 = -9223372036854775808
	println(big)
	println()
	print("no newline at the end of this print; ")
	println("then println")
	s := "slice"
	println(s[1:3], len(s))
	fmt.Println("stdout still works")
	var inf = 1.0
	for i := 0; i < 400; i++ {
		inf *= 10
	}
	println(inf, -inf)
	var z float64
	println(z/z == z/z)
	println(1e-300, 123456789.0)
	print("end\n")
}
