package main

func main() {
	x := 5
	y := x.(int)
	_ = y
}
