package main

type Shape interface {
	Area() float64,
	Perimeter() float64
}

func main() {
	var s Shape
	_ = s
}
