package main

import "fmt"

type Shape interface{ Area() float64 }

func main() {
	n := 3
	switch n.(type) {
	case int:
	}
	var s Shape
	switch v := s.(type) {
	case int:
		fmt.Println(v)
	case nil, nil:
	}
	switch s.(type) {
	case Shape, Shape:
	}
}
