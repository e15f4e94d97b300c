package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt := "shadow"
	fmt.Println(fmt)
	x := strings
	_ = x
}
