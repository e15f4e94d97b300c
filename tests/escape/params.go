// Parameters that do not escape, leak to the heap, or are scalars (no line).

package escape

type S struct {
	a, b int
	p    *int
}

var sink *S

func Read(p *int) int { // ERROR "p does not escape$"
	return *p
}

func Write(p *int) { // ERROR "p does not escape$"
	*p = 1
}

func Scalar(a int, s string, f float64) int { // ERROR "s does not escape$"
	return a + len(s) + int(f)
}

func Struct(s S) int { // ERROR "s does not escape$"
	return s.a
}

func StructPtr(s *S) int { // ERROR "s does not escape$"
	return s.a + s.b
}

func StructLeak(s *S) { // ERROR "leaking param: s$"
	sink = s
}

func Unnamed(*int, int) int {
	return 0
}

func Blank(_ *int) {
}

func Slice(xs []int) int { // ERROR "xs does not escape$"
	return xs[0]
}

func Str(s string) int { // ERROR "s does not escape$"
	return len(s)
}

func Caller() int {
	x := 0
	Write(&x)
	return Read(&x)
}
