package main

import "strconv"

func parse(s string) (int, error) {
	return strconv.Atoi(s), nil
}

func single(s string) int {
	return strconv.Atoi(s)
}

func triple() (int, int, int) {
	return parse("1")
}

func pair() (int, error) {
	return triple()
}

func none() {
	return single("x")
}

func main() {
	parse("2")
	single("3")
	triple()
	pair()
	none()
}
