// Seed case: locals larger than the implicit-allocation limit (64 KiB) go to
// the heap even though they do not outlive the call.

package main

func F() int {
	a := make([]int, 0, 20) // ERROR "make\(\[\]int, 0, 20\) does not escape$"
	b := make([]int, 0, 20000) // ERROR "make\(\[\]int, 0, 20000\) escapes to heap$"
	a = append(a, 1) // ERROR "append does not escape$"
	b = append(b, 2) // ERROR "append does not escape$"
	return len(a) + len(b)
}

func Slice() {
	s := make([]int, 10000, 10000) // ERROR "make\(\[\]int, 10000, 10000\) escapes to heap$"

	for index, _ := range s {
		s[index] = index
	}
}

func main() {
	println(F())
	Slice()
}
