// Size limits: variables declared explicitly stay on the stack up to 128 KiB.

package escape

func At128K() int {
	var a [16384]int
	a[1] = 1
	return a[1]
}

func Over128K() int {
	var a [16385]int // ERROR "moved to heap: a$"
	a[1] = 1
	return a[1]
}

func Bytes() byte {
	var b [131073]byte // ERROR "moved to heap: b$"
	b[0] = 1
	return b[0]
}

func Literal() int {
	a := [16385]int{1, 2} // ERROR "moved to heap: a$"
	return a[1]
}

func AddrSmall() int {
	var a [16]int
	p := &a
	return p[3]
}
