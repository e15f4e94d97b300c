package main

import "fmt"

// A small dense matrix multiply with slices of slices, checked against a known identity.
func newMatrix(n, m int) [][]float64 {
	rows := make([][]float64, n)
	for i := range rows {
		rows[i] = make([]float64, m)
	}
	return rows
}

func multiply(a, b [][]float64) [][]float64 {
	n, m, p := len(a), len(b), len(b[0])
	c := newMatrix(n, p)
	for i := 0; i < n; i++ {
		for k := 0; k < m; k++ {
			aik := a[i][k]
			for j := 0; j < p; j++ {
				c[i][j] += aik * b[k][j]
			}
		}
	}
	return c
}

func trace(a [][]float64) float64 {
	t := 0.0
	for i := range a {
		t += a[i][i]
	}
	return t
}

func main() {
	const n = 60
	a := newMatrix(n, n)
	b := newMatrix(n, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			a[i][j] = float64(i+2*j) / n
			b[i][j] = float64(i+j) / n
		}
	}
	c := multiply(a, b)
	fmt.Printf("trace: %.6f\n", trace(c))
	fmt.Printf("c[0][0]=%.4f c[%d][%d]=%.4f\n", c[0][0], n-1, n-1, c[n-1][n-1])
	sum := 0.0
	for _, row := range c {
		for _, v := range row {
			sum += v
		}
	}
	fmt.Printf("sum: %.6f\n", sum)
	// Small integer matrices printed whole.
	x := [][]float64{{1, 2}, {3, 4}}
	y := [][]float64{{5, 6}, {7, 8}}
	fmt.Println(multiply(x, y))
	id := [][]float64{{1, 0}, {0, 1}}
	fmt.Println(multiply(x, id), multiply(id, y))
	// Powers of the Fibonacci matrix.
	f := [][]float64{{1, 1}, {1, 0}}
	r := id
	for i := 0; i < 30; i++ {
		r = multiply(r, f)
	}
	fmt.Println(r[0][1])
}
