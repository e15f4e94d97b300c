package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	fmt.Println(strings.indexFunc("abc", nil, true))
	fmt.Println(strings.NoSuchFunc("a"))
	fmt.Println(utf8.RuneLen('x'))
	var b strings.Builder
	fmt.Println(b.String())
	var u utf8.Nope
	_ = u
}
