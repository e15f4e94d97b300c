package main

import "fmt"

// float32 and float64 arithmetic and how fmt prints them.
func main() {
	a := 0.1
	b := 0.2
	fmt.Println(a+b, a*b, a/b, a-b)
	fmt.Println(1.0, 2.5, -0.0, 1e20, 1e21, 1.5e-5, 123456789.0, 1234567890123.0)
	var f32 float32 = 0.1
	fmt.Println(f32, f32*3, float64(f32))
	var g32 float32 = 16777216
	fmt.Println(g32+1, float64(g32)+1)
	x := 1.0
	for i := 0; i < 5; i++ {
		x /= 3
		fmt.Println(x, float32(x))
	}
	fmt.Printf("%f %f %.2f %.0f %.3f\n", 3.14159, -2.5, 2.675, 2.5, 1.0/3)
	fmt.Printf("%v %v %v\n", 1e100, 3.0, float32(2.5))
	fmt.Printf("%8.3f|%-8.2f|%08.3f\n", 3.14159, 2.5, -1.5)
	var z float64
	fmt.Println(z, -z, 1/(z+1))
	// Infinity and NaN from run-time division.
	inf := 1 / z
	fmt.Println(inf, -inf, inf-inf, inf > 1e308)
	nan := inf - inf
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	// Conversion to integers truncates toward zero.
	for _, v := range []float64{2.9, -2.9, 0.5, -0.5, 1e9} {
		fmt.Println(int(v), int64(v), int32(v))
	}
	// Integer to float.
	n := 7
	fmt.Println(float64(n)/2, float32(n)/3)
	// Accumulated rounding.
	s := 0.0
	for i := 0; i < 10; i++ {
		s += 0.1
	}
	fmt.Println(s, s == 1.0)
	var s32 float32
	for i := 0; i < 10; i++ {
		s32 += 0.1
	}
	fmt.Println(s32, s32 == 1.0)
	fmt.Println(float32(1)/float32(3)*3, 100.0/7.0)
	fmt.Println(5e-324, 1.7976931348623157e308, float32(3.4028234663852886e38))
}
