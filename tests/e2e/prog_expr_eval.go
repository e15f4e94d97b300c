package main

import "fmt"

// A small expression evaluator: a lexer, a recursive-descent parser building
// an AST of interface values, an evaluator with dynamic dispatch, and a
// printer using a type switch.

type Expr interface {
	Eval(env *Env) (float64, error)
	String() string
}

type Env struct {
	names []string
	vals  []float64
}

func (e *Env) Set(name string, v float64) {
	for i, n := range e.names {
		if n == name {
			e.vals[i] = v
			return
		}
	}
	e.names = append(e.names, name)
	e.vals = append(e.vals, v)
}

func (e *Env) Get(name string) (float64, bool) {
	for i, n := range e.names {
		if n == name {
			return e.vals[i], true
		}
	}
	return 0, false
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}
type Neg struct{ X Expr }

type EvalError struct {
	Kind string
	What string
}

func (e *EvalError) Error() string { return e.Kind + ": " + e.What }

func (n Num) Eval(*Env) (float64, error) { return float64(n), nil }
func (n Num) String() string              { return fmt.Sprint(float64(n)) }

func (v Var) Eval(env *Env) (float64, error) {
	if x, ok := env.Get(string(v)); ok {
		return x, nil
	}
	return 0, &EvalError{"undefined", string(v)}
}
func (v Var) String() string { return string(v) }

func (b *Bin) Eval(env *Env) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, &EvalError{"division by zero", b.String()}
		}
		return l / r, nil
	}
	return 0, &EvalError{"bad operator", string(b.Op)}
}
func (b *Bin) String() string { return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")" }

func (n Neg) Eval(env *Env) (float64, error) {
	x, err := n.X.Eval(env)
	return -x, err
}
func (n Neg) String() string { return "-" + n.X.String() }

type Parser struct {
	src string
	pos int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

func (p *Parser) peek() byte {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
	if p.pos >= len(p.src) {
		return 0
	}
	return p.src[p.pos]
}

func (p *Parser) expr() (Expr, error) {
	l, err := p.term()
	if err != nil {
		return nil, err
	}
	for {
		c := p.peek()
		if c != '+' && c != '-' {
			return l, nil
		}
		p.pos++
		r, err := p.term()
		if err != nil {
			return nil, err
		}
		l = &Bin{c, l, r}
	}
}

func (p *Parser) term() (Expr, error) {
	l, err := p.factor()
	if err != nil {
		return nil, err
	}
	for {
		c := p.peek()
		if c != '*' && c != '/' {
			return l, nil
		}
		p.pos++
		r, err := p.factor()
		if err != nil {
			return nil, err
		}
		l = &Bin{Op: c, L: l, R: r}
	}
}

func (p *Parser) factor() (Expr, error) {
	c := p.peek()
	switch {
	case c == '-':
		p.pos++
		x, err := p.factor()
		if err != nil {
			return nil, err
		}
		return Neg{x}, nil
	case c == '(':
		p.pos++
		x, err := p.expr()
		if err != nil {
			return nil, err
		}
		if p.peek() != ')' {
			return nil, SyntaxError{p.pos, "expected )"}
		}
		p.pos++
		return x, nil
	case c >= '0' && c <= '9':
		v := 0.0
		for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			v = v*10 + float64(p.src[p.pos]-'0')
			p.pos++
		}
		return Num(v), nil
	case c >= 'a' && c <= 'z':
		start := p.pos
		for p.pos < len(p.src) && p.src[p.pos] >= 'a' && p.src[p.pos] <= 'z' {
			p.pos++
		}
		return Var(p.src[start:p.pos]), nil
	}
	return nil, SyntaxError{p.pos, fmt.Sprintf("unexpected %q", c)}
}

func describe(e Expr) string {
	switch x := e.(type) {
	case Num:
		return "number"
	case Var:
		return "variable " + string(x)
	case *Bin:
		return fmt.Sprintf("binary %c of %s and %s", x.Op, describe(x.L), describe(x.R))
	case Neg:
		return "negation of " + describe(x.X)
	default:
		return "unknown"
	}
}

func main() {
	env := &Env{}
	env.Set("x", 3)
	env.Set("y", 4)
	inputs := []string{"1 + 2 * 3", "(x + y) * 2", "-x / (y - 4)", "z * 2", "2 * (3 + ", "x*x + y*y", "7 $ 2"}
	for _, in := range inputs {
		p := &Parser{src: in}
		e, err := p.expr()
		if err != nil {
			var se SyntaxError
			se, ok := err.(SyntaxError)
			fmt.Println("parse:", err, ok, se.Pos)
			continue
		}
		if p.peek() != 0 {
			fmt.Println("parse: trailing input at", p.pos)
			continue
		}
		v, err := e.Eval(env)
		if err != nil {
			if ee, ok := err.(*EvalError); ok {
				fmt.Printf("%s => error (%s) %v\n", e, ee.Kind, err)
			}
			continue
		}
		fmt.Printf("%v = %g  [%s]\n", e, v, describe(e))
	}
	env.Set("x", 10)
	fmt.Println(env.names, env.vals)
	var exprs []Expr
	exprs = append(exprs, Num(1), Var("x"), Neg{Num(2)}, &Bin{'+', Num(1), Var("y")})
	total := 0.0
	for _, e := range exprs {
		v, _ := e.Eval(env)
		total += v
	}
	fmt.Println("total", total, len(exprs))
	fmt.Println(exprs[0], exprs[2], exprs[3])
}
