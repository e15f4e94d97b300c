package main

import "fmt"

// An uncaught failed type assertion to a concrete type: gc's message, exit status 2.

type Token struct {
	Kind  string
	Value interface{}
}

func intValue(t Token) int {
	return t.Value.(int)
}

func main() {
	toks := []Token{
		{"num", 1},
		{"num", 22},
		{"num", 333},
		{"str", "four"},
	}
	sum := 0
	for _, t := range toks {
		fmt.Println("adding", t.Kind, t.Value)
		sum += intValue(t)
		fmt.Println("sum now", sum)
	}
	fmt.Println("unreachable", sum)
}
