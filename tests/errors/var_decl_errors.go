package main

func two() (int, int) { return 1, 2 }

const (
	A, B = 1, 2, 3
	C, D
)

var g1, g2 = two(), 1

func main() {
	var a Undef
	var b, c = 1
	var d, e int = 1, 2, 3
	var f = two()
}
