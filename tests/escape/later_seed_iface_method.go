// Seed case (issue 4: interfaces with methods): the receiver and the
// arguments of an interface method call escape.

package main

type Reader interface {
	Read(p []byte) (int, error)
}

type zero struct{}

func (z zero) Read(p []byte) (int, error) { // ERROR "p does not escape$"
	for i := range p {
		p[i] = 0
	}
	return len(p), nil
}

func ReadSome(r Reader) int { // ERROR "leaking param: r$"
	b := make([]byte, 16) // ERROR "make\(\[\]byte, 16\) escapes to heap$"
	n, _ := r.Read(b)
	return n
}

func main() {
	var z zero
	println(ReadSome(z)) // ERROR "z escapes to heap$"
}
