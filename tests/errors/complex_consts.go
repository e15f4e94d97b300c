package main

// Complex constants that do not fit: a nonzero imaginary part truncated to
// an integer, parts overflowing complex64, and a constant division by zero.

func main() {
	const c = 1 + 2i
	var a int = c
	var b float64 = 2i
	var u uint8 = 300 + 0i
	var d complex64 = 1e300
	e := int(3 + 1i)
	var f float64
	g := f + 1i
	const h = 1 / 0i
	_ = complex64(1e39)
	const k complex64 = 1e38
	_ = k * k
	_, _, _, _, _, _ = a, b, u, d, e, g
}
