package main

import "strings"

func main() {
	var b strings.Builder
	var x int = b
	_ = x
}
