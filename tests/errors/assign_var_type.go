package main

import "fmt"

type Celsius float64

func main() {
	var name string
	count := 3
	name = count
	var c Celsius = 20
	var f float64
	f = c
	var p *int = &name
	fmt.Println(name, f, p)
}
