// spectralnorm: the spectral norm of an infinite matrix, by power iteration.
//
// A(i,j) = 1 / ((i+j)(i+j+1)/2 + i + 1) for 0 <= i,j < n. Ten rounds of
// u = AᵀA v, v = AᵀA u, then sqrt(u·v / v·v) approximates the largest
// singular value of A; it is printed with "%.9f". Measures float64 division
// and multiply-add in doubly nested loops over slices, with a small function
// (the matrix element) called in the inner loop, which both compilers inline.
//
// Usage: spectralnorm [n]   (default 100)
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

// a returns the element A(i,j) of the matrix.
func a(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

// mulAv sets out = A v.
func mulAv(out, v []float64) {
	for i := range out {
		sum := 0.0
		for j := range v {
			sum += a(i, j) * v[j]
		}
		out[i] = sum
	}
}

// mulAtv sets out = Aᵀ v.
func mulAtv(out, v []float64) {
	for i := range out {
		sum := 0.0
		for j := range v {
			sum += a(j, i) * v[j]
		}
		out[i] = sum
	}
}

// mulAtAv sets out = Aᵀ(A v), using tmp for A v.
func mulAtAv(out, v, tmp []float64) {
	mulAv(tmp, v)
	mulAtv(out, tmp)
}

// dot returns the inner product of x and y.
func dot(x, y []float64) float64 {
	sum := 0.0
	for i := range x {
		sum += x[i] * y[i]
	}
	return sum
}

func main() {
	n := 100
	if len(os.Args) > 1 {
		if v, _ := strconv.Atoi(os.Args[1]); v > 0 {
			n = v
		}
	}
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for round := 0; round < 10; round++ {
		mulAtAv(v, u, tmp)
		mulAtAv(u, v, tmp)
	}
	fmt.Printf("%.9f\n", math.Sqrt(dot(u, v)/dot(v, v)))
}
