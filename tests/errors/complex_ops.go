package main

// Operations that complex numbers do not have: ordering, %, bit operators,
// conversions to and from non-complex types, and mixed part types.

func main() {
	var z complex128 = 1 + 2i
	var w complex64
	var f float32
	var g float64
	_ = complex(1, 2) < complex(3, 4)
	_ = z >= z
	_ = z % z
	_ = z &^ z
	_ = float64(z)
	_ = z + w
	_ = complex(f, g)
	_ = real(g)
	_ = min(1i, 2i)
}
