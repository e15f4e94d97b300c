package main

import (
	"fmt"
	"strconv"
)

var unit = next(1.5)

var defaultShapes = []Shape{
	{"circle", KindCircle, unit, 0},
	{"rect", KindRect, 2 * unit, 3},
	{"square", KindSquare, unit / 2, 0},
}

var initCount int

func next(v float64) float64 {
	initCount++
	return v
}

func totalArea(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += area(s)
	}
	return t
}

func format(f float64) string {
	return fmt.Sprintf("%.3f (~%s)", f, strconv.Itoa(int(f)))
}

func describeKind(k Kind) string {
	names := [...]string{"circle", "rect", "square"}
	return names[k]
}
