package main

func main() {
	x := 5
	x()
	s := "str"
	_ = s(1)
}
