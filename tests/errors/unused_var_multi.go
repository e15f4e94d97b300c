package main

func main() {
	a, b := 1, 2
	for i := 0; i < 3; i++ {
		c := i
	}
	var d string
	_ = a
	f := func() {
		e := 3
	}
	f()
}
