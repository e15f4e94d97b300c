package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// A dense matrix type with methods: construction, multiplication with dimension errors,
// transpose, Gaussian elimination for determinant and inverse, solving linear systems, and a
// Stringer that aligns columns.

type Matrix struct {
	rows, cols int
	data       []float64
}

type DimError struct {
	Op     string
	R1, C1 int
	R2, C2 int
}

func (e DimError) Error() string {
	return fmt.Sprintf("%s: dimension mismatch %dx%d vs %dx%d", e.Op, e.R1, e.C1, e.R2, e.C2)
}

var ErrSingular = errors.New("matrix is singular")

func New(rows, cols int, vals ...float64) *Matrix {
	m := &Matrix{rows, cols, make([]float64, rows*cols)}
	copy(m.data, vals)
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := range n {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, DimError{"Mul", m.rows, m.cols, o.rows, o.cols}
	}
	r := New(m.rows, o.cols)
	for i := range m.rows {
		for j := range o.cols {
			s := 0.0
			for k := range m.cols {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r, nil
}

func (m *Matrix) T() *Matrix {
	r := New(m.cols, m.rows)
	for i := range m.rows {
		for j := range m.cols {
			r.Set(j, i, m.At(i, j))
		}
	}
	return r
}

func (m *Matrix) clone() *Matrix {
	return New(m.rows, m.cols, m.data...)
}

// eliminate reduces [m | aug] with partial pivoting; returns the determinant.
func (m *Matrix) eliminate(aug *Matrix) (float64, error) {
	if m.rows != m.cols {
		return 0, DimError{"eliminate", m.rows, m.cols, m.cols, m.rows}
	}
	a, b := m.clone(), aug.clone()
	n := a.rows
	det := 1.0
	for col := range n {
		pivot := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a.At(r, col)) > math.Abs(a.At(pivot, col)) {
				pivot = r
			}
		}
		if math.Abs(a.At(pivot, col)) < 1e-12 {
			return 0, ErrSingular
		}
		if pivot != col {
			for j := range n {
				x, y := a.At(col, j), a.At(pivot, j)
				a.Set(col, j, y)
				a.Set(pivot, j, x)
			}
			for j := range b.cols {
				x, y := b.At(col, j), b.At(pivot, j)
				b.Set(col, j, y)
				b.Set(pivot, j, x)
			}
			det = -det
		}
		p := a.At(col, col)
		det *= p
		for j := range n {
			a.Set(col, j, a.At(col, j)/p)
		}
		for j := range b.cols {
			b.Set(col, j, b.At(col, j)/p)
		}
		for r := range n {
			if r == col {
				continue
			}
			f := a.At(r, col)
			for j := range n {
				a.Set(r, j, a.At(r, j)-f*a.At(col, j))
			}
			for j := range b.cols {
				b.Set(r, j, b.At(r, j)-f*b.At(col, j))
			}
		}
	}
	*aug = *b
	return det, nil
}

func (m *Matrix) Det() (float64, error) {
	aug := New(m.rows, 0)
	d, err := m.eliminate(aug)
	if errors.Is(err, ErrSingular) {
		return 0, nil
	}
	return d, err
}

func (m *Matrix) Inverse() (*Matrix, error) {
	inv := Identity(m.rows)
	if _, err := m.eliminate(inv); err != nil {
		return nil, fmt.Errorf("inverse: %w", err)
	}
	return inv, nil
}

func (m *Matrix) String() string {
	cells := make([]string, len(m.data))
	width := 0
	for i, v := range m.data {
		if math.Abs(v) < 1e-9 {
			v = 0
		}
		cells[i] = fmt.Sprintf("%.4g", v)
		width = max(width, len(cells[i]))
	}
	var sb strings.Builder
	for i := range m.rows {
		sb.WriteString("[")
		for j := range m.cols {
			if j > 0 {
				sb.WriteString(" ")
			}
			fmt.Fprintf(&sb, "%*s", width, cells[i*m.cols+j])
		}
		sb.WriteString("]\n")
	}
	return sb.String()
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println("error:", err)
	var de DimError
	fmt.Println(errors.As(err, &de), de.Op, de.C1, de.R2)
	fmt.Print(a.T())

	m := New(3, 3, 2, -1, 0, -1, 2, -1, 0, -1, 2)
	d, _ := m.Det()
	fmt.Printf("det = %.6g\n", d)
	inv, err := m.Inverse()
	fmt.Print(inv, err, "\n")
	check, _ := m.Mul(inv)
	fmt.Print(check)

	sing := New(3, 3, 1, 2, 3, 2, 4, 6, 1, 1, 1)
	d, _ = sing.Det()
	fmt.Println("singular det:", d)
	_, err = sing.Inverse()
	fmt.Println(err, errors.Is(err, ErrSingular))

	// solve A x = b
	A := New(3, 3, 3, 2, -1, 2, -2, 4, -1, 0.5, -1)
	rhs := New(3, 1, 1, -2, 0)
	if _, err := A.eliminate(rhs); err == nil {
		fmt.Print("solution:\n", rhs)
	}
	_, err = New(2, 3).Det()
	fmt.Println(err)

	// powers of a rotation matrix return to identity
	c, s := math.Cos(math.Pi/4), math.Sin(math.Pi/4)
	rot := New(2, 2, c, -s, s, c)
	acc := Identity(2)
	for range 8 {
		acc, _ = acc.Mul(rot)
	}
	fmt.Print(acc)
	fib := New(2, 2, 1, 1, 1, 0)
	f := Identity(2)
	for range 30 {
		f, _ = f.Mul(fib)
	}
	fmt.Printf("fib(30) via matrix: %.0f\n", f.At(0, 1))
}
