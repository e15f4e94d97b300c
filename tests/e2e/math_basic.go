package main

import (
	"fmt"
	"math"
)

// math.Sqrt, math.Pi, math.Abs, math.Floor.
func hypot(a, b float64) float64 { return math.Sqrt(a*a + b*b) }

func main() {
	fmt.Println(math.Pi, float32(math.Pi))
	fmt.Printf("%.10f %.2f\n", math.Pi, math.Pi*2)
	for _, x := range []float64{0, 1, 2, 4, 10, 1e10, 0.25} {
		fmt.Println(x, math.Sqrt(x))
	}
	fmt.Println(math.Sqrt(-1), math.Sqrt(-0.0))
	fmt.Println(hypot(3, 4), hypot(5, 12))
	for _, x := range []float64{-2.5, 2.5, -0.0, 0, -7, 1e-300} {
		fmt.Println(math.Abs(x))
	}
	for _, x := range []float64{1.5, -1.5, 2.0, -0.5, 0.999999, -1e-9, 1e15 + 0.5} {
		fmt.Println(x, math.Floor(x))
	}
	// Area of circles.
	for r := 1; r <= 3; r++ {
		fmt.Printf("r=%d area=%.4f\n", r, math.Pi*float64(r*r))
	}
	// Newton's method agrees with Sqrt.
	x := 2.0
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
	}
	fmt.Println(z, math.Sqrt(2), math.Abs(z-math.Sqrt(2)) < 1e-15)
	// Rounding to 2 decimals with Floor.
	v := 3.14159
	fmt.Println(math.Floor(v*100+0.5) / 100)
	const c = math.Pi * 2
	fmt.Printf("%T %v\n", c, c)
	var f32 float32 = float32(math.Sqrt(2))
	fmt.Println(f32)
	// Integer square root via Floor(Sqrt).
	for _, n := range []int{15, 16, 17, 1000000} {
		fmt.Println(n, int(math.Floor(math.Sqrt(float64(n)))))
	}
}
