package main

import "fmt"

var a = b + 1
var b = c * 2
var c = a

func f() int { return g() }
func g() int { return x }

var x = f()

func main() {
	fmt.Println(a, x)
}
