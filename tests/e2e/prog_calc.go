package main

import (
	"fmt"
	"strconv"
)

// A recursive-descent calculator over integer expressions with + - * / % and parentheses.
// Tokens are kept in a slice of structs; errors are returned as strings.
type Token struct {
	Kind byte // 'n' number, 'o' operator or paren, 'e' end
	Val  int
	Op   byte
}

func tokenize(s string) ([]Token, string) {
	var toks []Token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			n, err := strconv.Atoi(s[i:j])
			if err != nil {
				return nil, fmt.Sprint(err)
			}
			toks = append(toks, Token{Kind: 'n', Val: n})
			i = j
		case c == '+' || c == '-' || c == '*' || c == '/' || c == '%' || c == '(' || c == ')':
			toks = append(toks, Token{Kind: 'o', Op: c})
			i++
		default:
			return nil, fmt.Sprintf("bad character %q at %d", c, i)
		}
	}
	return append(toks, Token{Kind: 'e'}), ""
}

type Parser struct {
	toks []Token
	pos  int
	err  string
}

func peek(p *Parser) Token { return p.toks[p.pos] }

func expr(p *Parser) int {
	v := term(p)
	for t := peek(p); t.Kind == 'o' && (t.Op == '+' || t.Op == '-'); t = peek(p) {
		p.pos++
		r := term(p)
		if t.Op == '+' {
			v += r
		} else {
			v -= r
		}
	}
	return v
}

func term(p *Parser) int {
	v := factor(p)
	for t := peek(p); t.Kind == 'o' && (t.Op == '*' || t.Op == '/' || t.Op == '%'); t = peek(p) {
		p.pos++
		r := factor(p)
		if r == 0 && t.Op != '*' {
			if p.err == "" {
				p.err = "division by zero"
			}
			continue
		}
		switch t.Op {
		case '*':
			v *= r
		case '/':
			v /= r
		case '%':
			v %= r
		}
	}
	return v
}

func factor(p *Parser) int {
	t := peek(p)
	switch {
	case t.Kind == 'n':
		p.pos++
		return t.Val
	case t.Kind == 'o' && t.Op == '-':
		p.pos++
		return -factor(p)
	case t.Kind == 'o' && t.Op == '(':
		p.pos++
		v := expr(p)
		if peek(p).Op != ')' {
			p.err = "missing )"
			return v
		}
		p.pos++
		return v
	}
	if p.err == "" {
		p.err = fmt.Sprintf("unexpected token at %d", p.pos)
	}
	return 0
}

func eval(s string) string {
	toks, err := tokenize(s)
	if err != "" {
		return "error: " + err
	}
	p := &Parser{toks: toks}
	v := expr(p)
	if p.err == "" && peek(p).Kind != 'e' {
		p.err = "trailing input"
	}
	if p.err != "" {
		return "error: " + p.err
	}
	return strconv.Itoa(v)
}

func main() {
	for _, e := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-7 / 2", "-7 % 3", "2 * (3 + 4) * 5 - 6 / 2",
		"10 / (5 - 5)", "(1 + 2", "3 $ 4", "99999999999999999999", "1 2", "", "((((42))))"} {
		fmt.Printf("%-26q => %s\n", e, eval(e))
	}
}
