package main

import "strconv"

func label(n int) int {
	s := strconv.Itoa(n)
	return s
}

func both(n int) (int, bool) {
	return n, n
}

func none() {
	return label(1)
}

func main() {
	label(1)
	both(2)
	none()
}
