package main

import "fmt"

type Celsius float64

func main() {
	s := "12"
	n := int(s)
	b := bool(1)
	p := []int("abc")
	var c Celsius = 1
	f := string(c)
	x := int(2.5)
	fmt.Println(n, b, p, f, x)
}
