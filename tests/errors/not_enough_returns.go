package main

func f() (int, error) {
	return 1
}

func g() {
	return 5
}

func main() {
	f()
	g()
}
