package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// An expression calculator: tokenizer, recursive-descent parser building an AST of interface
// nodes, evaluator with variables, functions and error reporting.

type TokenKind int

const (
	NUM TokenKind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	COMMA
	ASSIGN
	EOF
)

var kindNames = map[TokenKind]string{NUM: "number", IDENT: "identifier", OP: "operator",
	LPAREN: "'('", RPAREN: "')'", COMMA: "','", ASSIGN: "'='", EOF: "end of input"}

func (k TokenKind) String() string { return kindNames[k] }

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

var ErrDivZero = errors.New("division by zero")

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c >= '0' && c <= '9' || c == '.':
			j := i
			for j < len(src) && (src[j] >= '0' && src[j] <= '9' || src[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, src[i:j], i})
			i = j
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_':
			j := i
			for j < len(src) && (src[j] >= 'a' && src[j] <= 'z' || src[j] >= 'A' && src[j] <= 'Z' || src[j] == '_' || src[j] >= '0' && src[j] <= '9') {
				j++
			}
			toks = append(toks, Token{IDENT, src[i:j], i})
			i = j
		case strings.ContainsRune("+-*/%^", rune(c)):
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		case c == ',':
			toks = append(toks, Token{COMMA, ",", i})
			i++
		case c == '=':
			toks = append(toks, Token{ASSIGN, "=", i})
			i++
		default:
			r, _ := utf8.DecodeRuneInString(src[i:])
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected character %q", r)}
		}
	}
	return append(toks, Token{EOF, "", len(src)}), nil
}

type Node interface {
	Eval(env *Env) (float64, error)
}

type Number float64
type Ident string
type Unary struct {
	Op string
	X  Node
}
type Binary struct {
	Op   string
	L, R Node
}
type CallNode struct {
	Name string
	Args []Node
}

type Env struct {
	vars  map[string]float64
	funcs map[string]func(...float64) (float64, error)
}

func (n Number) Eval(*Env) (float64, error) { return float64(n), nil }

func (id Ident) Eval(env *Env) (float64, error) {
	v, ok := env.vars[string(id)]
	if !ok {
		return 0, fmt.Errorf("undefined variable %s", string(id))
	}
	return v, nil
}

func (u Unary) Eval(env *Env) (float64, error) {
	x, err := u.X.Eval(env)
	if err != nil {
		return 0, err
	}
	return -x, nil
}

func (b Binary) Eval(env *Env) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case "+":
		return l + r, nil
	case "-":
		return l - r, nil
	case "*":
		return l * r, nil
	case "/":
		if r == 0 {
			return 0, ErrDivZero
		}
		return l / r, nil
	case "%":
		if r == 0 {
			return 0, ErrDivZero
		}
		return math.Mod(l, r), nil
	case "^":
		return math.Pow(l, r), nil
	}
	return 0, fmt.Errorf("unknown operator %s", b.Op)
}

func (c CallNode) Eval(env *Env) (float64, error) {
	f, ok := env.funcs[c.Name]
	if !ok {
		return 0, fmt.Errorf("unknown function %s", c.Name)
	}
	args := make([]float64, 0, len(c.Args))
	for _, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return 0, fmt.Errorf("in %s: %w", c.Name, err)
		}
		args = append(args, v)
	}
	return f(args...)
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token {
	t := p.toks[p.pos]
	p.pos++
	return t
}

func (p *Parser) expect(k TokenKind) (Token, error) {
	t := p.next()
	if t.Kind != k {
		return t, &SyntaxError{t.Pos, fmt.Sprintf("expected %v, found %v", k, t.Kind)}
	}
	return t, nil
}

var precedence = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

func (p *Parser) parseExpr(minPrec int) (Node, error) {
	left, err := p.parseUnary()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		prec, isOp := precedence[t.Text]
		if t.Kind != OP || !isOp || prec < minPrec {
			return left, nil
		}
		p.next()
		nextMin := prec + 1
		if t.Text == "^" {
			nextMin = prec // right associative
		}
		right, err := p.parseExpr(nextMin)
		if err != nil {
			return nil, err
		}
		left = Binary{t.Text, left, right}
	}
}

func (p *Parser) parseUnary() (Node, error) {
	if t := p.peek(); t.Kind == OP && t.Text == "-" {
		p.next()
		x, err := p.parseUnary()
		if err != nil {
			return nil, err
		}
		return Unary{"-", x}, nil
	}
	return p.parsePrimary()
}

func (p *Parser) parsePrimary() (Node, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		v, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			return nil, &SyntaxError{t.Pos, "bad number " + t.Text}
		}
		return Number(v), nil
	case IDENT:
		if p.peek().Kind != LPAREN {
			return Ident(t.Text), nil
		}
		p.next()
		var args []Node
		for p.peek().Kind != RPAREN {
			a, err := p.parseExpr(1)
			if err != nil {
				return nil, err
			}
			args = append(args, a)
			if p.peek().Kind == COMMA {
				p.next()
			}
		}
		p.next()
		return CallNode{t.Text, args}, nil
	case LPAREN:
		e, err := p.parseExpr(1)
		if err != nil {
			return nil, err
		}
		if _, err := p.expect(RPAREN); err != nil {
			return nil, err
		}
		return e, nil
	}
	return nil, &SyntaxError{t.Pos, fmt.Sprintf("unexpected %v", t.Kind)}
}

func run(env *Env, line string) (string, error) {
	toks, err := tokenize(line)
	if err != nil {
		return "", err
	}
	target := ""
	if len(toks) > 2 && toks[0].Kind == IDENT && toks[1].Kind == ASSIGN {
		target = toks[0].Text
		toks = toks[2:]
	}
	p := &Parser{toks: toks}
	n, err := p.parseExpr(1)
	if err != nil {
		return "", err
	}
	if _, err := p.expect(EOF); err != nil {
		return "", err
	}
	v, err := n.Eval(env)
	if err != nil {
		return "", err
	}
	if target != "" {
		env.vars[target] = v
		return fmt.Sprintf("%s = %g", target, v), nil
	}
	return strconv.FormatFloat(v, 'g', 10, 64), nil
}

func main() {
	env := &Env{
		vars: map[string]float64{"pi": math.Pi},
		funcs: map[string]func(...float64) (float64, error){
			"sqrt": func(a ...float64) (float64, error) {
				if len(a) != 1 {
					return 0, fmt.Errorf("sqrt takes 1 argument, got %d", len(a))
				}
				if a[0] < 0 {
					return 0, errors.New("sqrt of negative number")
				}
				return math.Sqrt(a[0]), nil
			},
			"max": func(a ...float64) (float64, error) {
				if len(a) == 0 {
					return 0, errors.New("max of nothing")
				}
				m := a[0]
				for _, v := range a[1:] {
					m = max(m, v)
				}
				return m, nil
			},
		},
	}
	lines := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"-2 ^ 2",
		"x = 10",
		"y = x / 4",
		"x * y - 1",
		"10 % 4 + 0.5",
		"sqrt(16) + max(1, 7, 3)",
		"r = 2",
		"pi * r ^ 2",
		"1 / (x - 10)",
		"sqrt(1 - 5)",
		"sqrt(1, 2)",
		"z + 1",
		"foo(1)",
		"3 + * 4",
		"(1 + 2",
		"2 $ 3",
		"4 5",
		"max(sqrt(x - 20), 1)",
	}
	for _, l := range lines {
		out, err := run(env, l)
		var se *SyntaxError
		switch {
		case errors.As(err, &se):
			fmt.Printf("%-28s ! %v\n", l, err)
			fmt.Printf("%-28s   %s^\n", "", strings.Repeat(" ", se.Pos))
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-28s ! math error: %v\n", l, err)
		case err != nil:
			fmt.Printf("%-28s ! error: %v\n", l, err)
		default:
			fmt.Printf("%-28s = %s\n", l, out)
		}
	}
	names := make([]string, 0, len(env.vars))
	for k := range env.vars {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Printf("%s=%.4f ", k, env.vars[k])
	}
	fmt.Println()
}
