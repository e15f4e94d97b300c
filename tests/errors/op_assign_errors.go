package main

import "fmt"

func main() {
	s := "a"
	s -= "b"
	n := 10
	n /= 0
	f := 2.0
	f %= 1
	b := true
	b += b
	var u uint8 = 1
	u <<= 1.5
	fmt.Println(s, n, f, b, u)
}
