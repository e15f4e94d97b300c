// Builtins: print and println keep nothing; panic's argument escapes; len,
// cap and copy leak nothing.

package main

func Print() {
	x := 1
	p := &x
	println(p != nil, *p)
	print("a", 1, "\n")
}

func Panic(n int) {
	if n < 0 {
		panic("negative") // ERROR "\"negative\" escapes to heap$"
	}
	if n > 100 {
		panic(n) // ERROR "n escapes to heap$"
	}
}

func Copy(dst, src []int) int { // ERROR "dst does not escape$" "src does not escape$"
	return copy(dst, src)
}

func Len(s []int, m string) int { // ERROR "s does not escape$" "m does not escape$"
	return len(s) + cap(s) + len(m)
}

func main() {
	Print()
	Panic(1)
	a := []int{1, 2} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	b := make([]int, 2) // ERROR "make\(\[\]int, 2\) does not escape$"
	println(Copy(b, a), Len(a, "x"))
}
