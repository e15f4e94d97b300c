package main

import (
	"fmt"
	"strings"
)

// An uncaught failed type assertion to a concrete type: gc's message, exit status 2. The
// tokens carry interface{} values; the summing loop assumes every "num" holds an int.

type Token struct {
	Kind  string
	Value interface{}
}

func (t Token) String() string { return fmt.Sprintf("%s(%v)", t.Kind, t.Value) }

func lex(src string) []Token {
	var toks []Token
	for _, f := range strings.Fields(src) {
		n, isNum := 0, true
		for _, c := range f {
			if c < '0' || c > '9' {
				isNum = false
				break
			}
			n = n*10 + int(c-'0')
		}
		switch {
		case isNum:
			toks = append(toks, Token{"num", n})
		case f == "half":
			toks = append(toks, Token{"num", 0.5}) // a float hides among the ints
		default:
			toks = append(toks, Token{"word", f})
		}
	}
	return toks
}

func intValue(t Token) int {
	return t.Value.(int)
}

func main() {
	toks := lex("add 1 and 22 and 333 then half more")
	fmt.Println(toks)
	sum := 0
	for _, t := range toks {
		if t.Kind != "num" {
			continue
		}
		fmt.Println("adding", t)
		sum += intValue(t)
		fmt.Println("sum now", sum)
	}
	fmt.Println("unreachable", sum)
}
