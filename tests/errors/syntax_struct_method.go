package main

type Counter struct {
	n int
	func Inc() { n++ }
}

func main() {
	var c Counter
	_ = c
}
