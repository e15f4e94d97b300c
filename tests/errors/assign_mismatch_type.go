package main

func main() {
	var x int
	x = "hello"
	var s string = 5
	var f float64 = "x"
	_, _, _ = x, s, f
}
