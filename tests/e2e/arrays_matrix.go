package main

import "fmt"

const N = 4

type Matrix [N][N]int

func identity() Matrix {
	var m Matrix
	for i := 0; i < N; i++ {
		m[i][i] = 1
	}
	return m
}

func mul(a, b Matrix) Matrix {
	var c Matrix
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			for k := 0; k < N; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func transpose(m Matrix) Matrix {
	for i := 0; i < N; i++ {
		for j := i + 1; j < N; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	return m
}

func printM(m Matrix) {
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				fmt.Print(" ")
			}
			fmt.Printf("%4d", v)
		}
		fmt.Println()
	}
}

// Two-dimensional arrays passed and returned by value.
func main() {
	var a Matrix
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			a[i][j] = i*N + j
		}
	}
	printM(a)
	fmt.Println(mul(a, identity()) == a)
	t := transpose(a)
	printM(t)
	printM(mul(a, t))
	p := a
	for i := 0; i < 3; i++ {
		p = mul(p, a)
	}
	printM(p)
	fmt.Println(a[3], t[3])
}
