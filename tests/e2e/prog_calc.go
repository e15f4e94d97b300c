package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// An expression calculator: tokenizer, recursive-descent parser, AST of interface nodes, errors.

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

func (k TokenKind) String() string {
	return [...]string{"number", "identifier", "operator", "'('", "')'", "','", "'='", "end of input"}[k]
}

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

func isDigit(c byte) bool { return c >= '0' && c <= '9' || c == '.' }
func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }

var singles = map[byte]TokenKind{'(': LPAREN, ')': RPAREN, ',': COMMA, '=': ASSIGN}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(src); {
		c, j := src[i], i+1
		switch {
		case c == ' ' || c == '\t':
		case isDigit(c):
			for j < len(src) && isDigit(src[j]) {
				j++
			}
			toks = append(toks, Token{NUM, src[i:j], i})
		case isAlpha(c):
			for j < len(src) && (isAlpha(src[j]) || isDigit(src[j])) {
				j++
			}
			toks = append(toks, Token{IDENT, src[i:j], i})
		case strings.IndexByte("+-*/%^", c) >= 0:
			toks = append(toks, Token{OP, string(c), i})
		case singles[c] != NUM:
			toks = append(toks, Token{singles[c], string(c), i})
		default:
			r, _ := utf8.DecodeRuneInString(src[i:])
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected character %q", r)}
		}
		i = j
	}
	return append(toks, Token{EOF, "", len(src)}), nil
}

type Node interface {
	Eval(env *Env) (float64, error)
}
type Number float64
type Ident string
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

func (b Binary) Eval(env *Env) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	if r == 0 && (b.Op == "/" || b.Op == "%") {
		return 0, ErrDivZero
	}
	return binops[b.Op](l, r), nil
}

var binops = map[string]func(l, r float64) float64{
	"+": func(l, r float64) float64 { return l + r },
	"-": func(l, r float64) float64 { return l - r },
	"*": func(l, r float64) float64 { return l * r },
	"/": func(l, r float64) float64 { return l / r },
	"%": math.Mod,
	"^": math.Pow,
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
func (p *Parser) next() Token { p.pos++; return p.toks[p.pos-1] }

func (p *Parser) expect(k TokenKind) error {
	if t := p.next(); t.Kind != k {
		return &SyntaxError{t.Pos, fmt.Sprintf("expected %v, found %v", k, t.Kind)}
	}
	return nil
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
		return Binary{"-", Number(0), x}, err // negation as 0 - x
	}
	return p.parsePrimary()
}

func (p *Parser) parsePrimary() (Node, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		v, err := strconv.ParseFloat(t.Text, 64)
		return Number(v), err
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
		return e, p.expect(RPAREN)
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
	if err := p.expect(EOF); err != nil {
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
				if len(a) != 1 || a[0] < 0 {
					return 0, fmt.Errorf("sqrt needs one non-negative argument, got %v", a)
				}
				return math.Sqrt(a[0]), nil
			},
			"max": func(a ...float64) (float64, error) {
				m := math.Inf(-1)
				for _, v := range a {
					m = max(m, v)
				}
				return m, nil
			},
		},
	}
	lines := strings.Split("1 + 2 * 3|(1 + 2) * 3|2 ^ 3 ^ 2|-2 ^ 2|x = 10|y = x / 4|x * y - 1|10 % 4 + 0.5|"+
		"sqrt(16) + max(1, 7, 3)|r = 2|pi * r ^ 2|1 / (x - 10)|sqrt(1 - 5)|sqrt(1, 2)|z + 1|foo(1)|"+
		"3 + * 4|(1 + 2|2 $ 3|4 5|max(sqrt(x - 20), 1)", "|")
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
	fmt.Println(env.vars)
}
