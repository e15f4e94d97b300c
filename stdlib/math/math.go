package math

// ---------------------------------------------------------------- intrinsics (codegen)

// Sqrt returns the square root of x.
//
//gosub:intrinsic
func Sqrt(x float64) float64

// Abs returns the absolute value of x.
//
//gosub:intrinsic
func Abs(x float64) float64

// Floor returns the greatest integer value less than or equal to x.
//
//gosub:intrinsic
func Floor(x float64) float64

// ---------------------------------------------------------------- libm

//gosub:runtime ceil
func Ceil(x float64) float64

//gosub:runtime trunc
func Trunc(x float64) float64

// Round returns the nearest integer, rounding half away from zero.
//
//gosub:runtime round
func Round(x float64) float64

// RoundToEven returns the nearest integer, rounding ties to even.
//
//gosub:runtime roundeven
func RoundToEven(x float64) float64

// Mod returns the floating-point remainder of x/y, with the sign of x.
//
//gosub:runtime fmod
func Mod(x, y float64) float64

//gosub:runtime remainder
func Remainder(x, y float64) float64

//gosub:runtime pow
func Pow(x, y float64) float64

//gosub:runtime exp
func Exp(x float64) float64

//gosub:runtime exp2
func Exp2(x float64) float64

//gosub:runtime expm1
func Expm1(x float64) float64

//gosub:runtime log
func Log(x float64) float64

//gosub:runtime log2
func Log2(x float64) float64

//gosub:runtime log10
func Log10(x float64) float64

//gosub:runtime log1p
func Log1p(x float64) float64

//gosub:runtime sin
func Sin(x float64) float64

//gosub:runtime cos
func Cos(x float64) float64

//gosub:runtime tan
func Tan(x float64) float64

//gosub:runtime asin
func Asin(x float64) float64

//gosub:runtime acos
func Acos(x float64) float64

//gosub:runtime atan
func Atan(x float64) float64

//gosub:runtime atan2
func Atan2(y, x float64) float64

//gosub:runtime sinh
func Sinh(x float64) float64

//gosub:runtime cosh
func Cosh(x float64) float64

//gosub:runtime tanh
func Tanh(x float64) float64

//gosub:runtime asinh
func Asinh(x float64) float64

//gosub:runtime acosh
func Acosh(x float64) float64

//gosub:runtime atanh
func Atanh(x float64) float64

//gosub:runtime hypot
func Hypot(p, q float64) float64

// Cbrt returns the cube root of x.
//
//gosub:runtime rt_math_cbrt
func Cbrt(x float64) float64

//gosub:runtime nextafter
func Nextafter(x, y float64) (r float64)

//gosub:runtime copysign
func Copysign(f, sign float64) float64

//gosub:runtime ldexp
func ldexp(frac float64, exp int32) float64

// Ldexp is the inverse of Frexp: frac × 2**exp.
func Ldexp(frac float64, exp int) float64 {
	if exp > 1<<20 {
		exp = 1 << 20
	} else if exp < -(1 << 20) {
		exp = -(1 << 20)
	}
	return ldexp(frac, int32(exp))
}

// Float64bits returns the IEEE 754 binary representation of f.
//
//gosub:runtime rt_math_float64bits
func Float64bits(f float64) uint64

// Float64frombits returns the floating-point number of the IEEE 754 binary
// representation b.
//
//gosub:runtime rt_math_float64frombits
func Float64frombits(b uint64) float64

// Float32bits returns the IEEE 754 binary representation of f.
//
//gosub:runtime rt_math_float32bits
func Float32bits(f float32) uint32

// Float32frombits returns the floating-point number of the IEEE 754 binary
// representation b.
//
//gosub:runtime rt_math_float32frombits
func Float32frombits(b uint32) float32

// ---------------------------------------------------------------- Go

const (
	uvnan    = 0x7FF8000000000001
	uvinf    = 0x7FF0000000000000
	uvneginf = 0xFFF0000000000000
	signMask = 1 << 63
)

// Inf returns positive infinity if sign >= 0, negative infinity if sign < 0.
func Inf(sign int) float64 {
	var v uint64
	if sign >= 0 {
		v = uvinf
	} else {
		v = uvneginf
	}
	return Float64frombits(v)
}

// NaN returns an IEEE 754 "not-a-number" value.
func NaN() float64 { return Float64frombits(uvnan) }

// IsNaN reports whether f is an IEEE 754 "not-a-number" value.
func IsNaN(f float64) (is bool) { return f != f }

// IsInf reports whether f is an infinity, according to sign: sign > 0 asks
// for positive infinity, sign < 0 for negative, sign == 0 for either.
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool { return Float64bits(x)&signMask != 0 }

// Max returns the larger of x or y: +Inf if either is +Inf, else NaN if
// either is NaN; Max(+0, -0) = +0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min returns the smaller of x or y: -Inf if either is -Inf, else NaN if
// either is NaN; Min(+0, -0) = -0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}

// Dim returns the maximum of x-y or 0.
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0
	}
	return v
}

// Modf returns integer and fractional floating-point numbers that sum to f,
// both with f's sign.
func Modf(f float64) (int float64, frac float64) {
	if IsInf(f, 0) {
		return f, NaN()
	}
	int = Trunc(f)
	frac = Copysign(f-int, f)
	return
}

// Frexp breaks f into a normalized fraction in [½, 1) and an integral power of two.
func Frexp(f float64) (frac float64, exp int) {
	switch {
	case f == 0:
		return f, 0
	case IsInf(f, 0) || IsNaN(f):
		return f, 0
	}
	if Abs(f) < 0x1p-1022 {
		f *= 1 << 52
		exp = -52
	}
	x := Float64bits(f)
	exp += int((x>>52)&0x7FF) - 1022
	x &^= 0x7FF << 52
	x |= 1022 << 52
	frac = Float64frombits(x)
	return
}
