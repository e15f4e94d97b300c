package main

type Shape interface {
	Area() float64
	Area() float64
}

type Box struct {
	w, h int
	w    float64
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }
func (q *Sq) Area() float64 { return 0 }

func main() {
	var _ Box
	var _ Shape
}
