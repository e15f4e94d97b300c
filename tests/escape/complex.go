// Complex values are pointer-free scalars: they escape only when their
// address does or when they are boxed.  gc prints a complex constant as its
// value ("(1 + 2i)"), naming its type unless it is complex128.

package main

var sink any

type Wave struct {
	amp   complex128
	phase complex64
}

func Ptr(z complex128) *complex128 { // ERROR "moved to heap: z$"
	return &z
}

func Scale(w *Wave, k complex128) { // ERROR "w does not escape$"
	w.amp *= k
}

func Box(z complex128, w complex64) {
	sink = z // ERROR "z escapes to heap$"
	sink = 1 + 2i // ERROR "\(1 \+ 2i\) escapes to heap$"
	sink = w * 2 // ERROR "w \* complex64\(\(2 \+ 0i\)\) escapes to heap$"
	sink = z + 1 // ERROR "z \+ \(1 \+ 0i\) escapes to heap$"
}

func Local() float64 {
	w := Wave{1i, 2}
	Scale(&w, 2)
	zs := make([]complex128, 4) // ERROR "make\(\[\]complex128, 4\) does not escape$"
	zs[1] = w.amp
	return real(zs[1]) + float64(imag(w.phase))
}

func main() {
	println(*Ptr(1i), Local())
	Box(1, 2)
}
