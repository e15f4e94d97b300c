package main

import (
	"fmt"
	"math"
)

// math: constants, common functions, special values, rounding, bit conversions.

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi, math.Ln2)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint16, math.MaxInt64, uint64(math.MaxUint64))
	fmt.Printf("%.6g %.6g\n", math.MaxFloat64, math.SmallestNonzeroFloat32)

	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Cbrt(27), math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(0, -1))
	fmt.Println(math.Abs(-3.5), math.Abs(math.Inf(-1)), math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1))
	fmt.Println(math.Floor(2.7), math.Floor(-2.7), math.Ceil(2.1), math.Ceil(-2.1), math.Trunc(-2.7))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.RoundToEven(3.5), math.Round(0.49999999999999994))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Remainder(7, 3))
	fmt.Printf("%.12f\n", math.Exp(1))
	fmt.Println(math.Hypot(3, 4), math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Log1p(0))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Atan2(1, 1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Asin(1), math.Acos(0), math.Atan(1))
	fmt.Printf("%.6f %.6f\n", math.Sinh(1), math.Tanh(0.5))

	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(inf, -inf, nan, inf-inf, inf*0, 1/inf, -1/inf)
	fmt.Println(math.IsInf(inf, 1), math.IsInf(-inf, 1), math.IsInf(-inf, 0), math.IsNaN(nan), nan == nan, nan != nan)
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Copysign(3, -1))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)

	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	ip, fp = math.Modf(-3.75)
	fmt.Println(ip, fp)

	fmt.Printf("%#x %#x\n", math.Float64bits(1.0), math.Float32bits(-2.5))
	fmt.Println(math.Float64frombits(0x400921FB54442D18), math.Float32frombits(0x3f800000))
	fmt.Println(math.Nextafter(1, 2)-1 == 0x1p-52, math.Dim(5, 3), math.Dim(3, 5))

	// numerical methods: Newton's square root vs math.Sqrt, and a sum with Kahan compensation
	newton := func(x float64) float64 {
		z := x / 2
		for range 20 {
			z -= (z*z - x) / (2 * z)
		}
		return z
	}
	for _, v := range []float64{2, 10, 1e6} {
		fmt.Printf("%g %.12f %.12f %v\n", v, newton(v), math.Sqrt(v), math.Abs(newton(v)-math.Sqrt(v)) < 1e-9)
	}
	sum, c := 0.0, 0.0
	naive := 0.0
	for range 1000 {
		y := 0.1 - c
		t := sum + y
		c = (t - sum) - y
		sum = t
		naive += 0.1
	}
	fmt.Println(sum, naive, sum == 100)

	// degrees and radians, distance on a circle
	deg := func(r float64) float64 { return r * 180 / math.Pi }
	fmt.Printf("%.2f %.2f\n", deg(math.Pi/3), deg(math.Atan2(-1, -1)))
	fmt.Println(math.Float64bits(math.Inf(1)) == 0x7FF0000000000000, int64(math.Float64bits(-0.0)>>63))
}
