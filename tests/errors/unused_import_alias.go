package main

import (
	"fmt"
	str "strings"
	m "math"
)

func main() {
	fmt.Println(m.Pi)
}
