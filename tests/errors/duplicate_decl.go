package main

func helper() {}

func helper() {}

func main() {
	x := 1
	var x int
	_ = x
}
