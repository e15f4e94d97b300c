package main

// Complex values stored and compared: struct fields, arrays, slices, map
// keys (+0 and -0 are one key, NaN is never found), interfaces (boxing,
// type switches, assertions, ==), closures and multiple results.

import (
	"fmt"
	"math"
	"sort"
)

type Point struct {
	Name string
	Z    complex128
	W    complex64
}

type Shape interface{ Area() float64 }

type Circle struct{ c complex128 }

func (c Circle) Area() float64 { return real(c.c) * imag(c.c) }

func polar(z complex128) (float64, float64) {
	return math.Hypot(real(z), imag(z)), math.Atan2(imag(z), real(z))
}

func kind(v any) string {
	switch x := v.(type) {
	case complex64:
		return fmt.Sprint("complex64 ", x)
	case complex128:
		return fmt.Sprint("complex128 ", x)
	case float64:
		return "float64"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	// map keys: -0 and +0 hash alike, NaN keys are all distinct
	m := map[complex128]int{}
	negz := math.Copysign(0, -1)
	m[complex(0, 0)] = 1
	m[complex(negz, negz)]++
	m[1+2i] = 3
	nan := complex(math.NaN(), 0)
	m[nan] = 4
	m[nan] = 5
	_, found := m[nan]
	fmt.Println(len(m), m[0], m[complex(1, 2)], found)
	var keys []string
	for k, v := range m {
		if k == k {
			keys = append(keys, fmt.Sprint(k, "=", v))
		}
	}
	sort.Strings(keys)
	fmt.Println(keys)
	fmt.Println(map[complex64]string{1i: "i", -1i: "-i", 1: "one"})

	// structs and arrays compare by parts
	p := Point{"p", 1 + 1i, 2}
	q := p
	q.Z += 0
	fmt.Println(p == q, p, [2]complex64{1, 2i} == [2]complex64{1, 2i})
	q.W = complex(2, float32(negz))
	fmt.Println(p == q)
	q.Z = complex(math.NaN(), 1)
	fmt.Println(q == q)
	pts := []Point{p, {"o", 0, 0}, {Name: "n", Z: -1i}}
	for _, pt := range pts {
		r, th := polar(pt.Z)
		fmt.Printf("%s %.3f %.3f\n", pt.Name, r, th)
	}

	// slices grow and copy complex elements
	var zs []complex128
	for k := 0; k < 5; k++ {
		zs = append(zs, complex(float64(k), -float64(k)))
	}
	ws := make([]complex64, 3)
	for k := range ws {
		ws[k] = complex64(zs[k+2])
	}
	fmt.Println(zs, ws, len(zs), cap(ws))

	// interfaces
	var vals = []any{1 + 2i, complex64(3), 2.5, complex(float32(1), 0), "s"}
	for _, v := range vals {
		fmt.Println(kind(v))
	}
	var e1, e2 any = 1i, complex128(1i)
	fmt.Println(e1 == e2, e1 == any(complex64(1i)), e1 != any(nan))
	z, ok := e1.(complex128)
	_, bad := e1.(complex64)
	fmt.Println(z, ok, bad)
	var s Shape = Circle{complex(3, 4)}
	fmt.Println(s.Area(), s)

	// closures capture complex variables
	acc := complex64(1)
	step := func(by complex64) complex64 {
		acc *= by
		return acc
	}
	step(1i)
	step(1i)
	fmt.Println(step(2), acc)
	ptr := &p.Z
	*ptr *= 1i
	println(p.Z, *ptr)
}
