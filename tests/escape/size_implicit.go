// Size limits: implicit allocations (make, new, &T{}, slice literals) stay on
// the stack up to 64 KiB.

package escape

type Big [8193]int
type Fits [8192]int

func MakeFits() int {
	s := make([]int, 8192) // ERROR "make\(\[\]int, 8192\) does not escape$"
	return len(s)
}

func MakeTooBig() int {
	s := make([]int, 8193) // ERROR "make\(\[\]int, 8193\) escapes to heap$"
	return len(s)
}

func MakeCap() int {
	s := make([]byte, 0, 65536) // ERROR "make\(\[\]byte, 0, 65536\) does not escape$"
	t := make([]byte, 0, 65537) // ERROR "make\(\[\]byte, 0, 65537\) escapes to heap$"
	return cap(s) + cap(t)
}

func NewFits() int {
	p := new(Fits) // ERROR "new\(Fits\) does not escape$"
	return p[0]
}

func NewTooBig() int {
	p := new(Big) // ERROR "new\(Big\) escapes to heap$"
	return p[0]
}

func AddrLitTooBig() int {
	p := &Big{} // ERROR "&Big\{\} escapes to heap$"
	return p[1]
}

func ZeroSized() int {
	s := make([]struct{}, 10) // ERROR "make\(\[\]struct \{\}, 10\) escapes to heap$"
	return len(s)
}
