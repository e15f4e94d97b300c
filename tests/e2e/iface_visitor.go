package main

import (
	"fmt"
	"strings"
)

// An expression tree with interface nodes: evaluation, printing, simplification via dispatch
// and type switches.

type Expr interface {
	Eval(env map[string]float64) float64
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}
type Neg struct{ X Expr }
type Call struct {
	Fn   string
	Args []Expr
}

func (n Num) Eval(map[string]float64) float64 { return float64(n) }
func (n Num) String() string                  { return fmt.Sprint(float64(n)) }

func (v Var) Eval(env map[string]float64) float64 { return env[string(v)] }
func (v Var) String() string                      { return string(v) }

func (b Bin) Eval(env map[string]float64) float64 {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panic("bad op " + string(b.Op))
}
func (b Bin) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

func (n Neg) Eval(env map[string]float64) float64 { return -n.X.Eval(env) }
func (n Neg) String() string                      { return "-" + n.X.String() }

func (c Call) Eval(env map[string]float64) float64 {
	vals := make([]float64, len(c.Args))
	for i, a := range c.Args {
		vals[i] = a.Eval(env)
	}
	switch c.Fn {
	case "max":
		m := vals[0]
		for _, v := range vals[1:] {
			m = max(m, v)
		}
		return m
	case "sum":
		s := 0.0
		for _, v := range vals {
			s += v
		}
		return s
	}
	return 0
}
func (c Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}

func simplify(e Expr) Expr {
	switch x := e.(type) {
	case Bin:
		l, r := simplify(x.L), simplify(x.R)
		ln, lok := l.(Num)
		rn, rok := r.(Num)
		if lok && rok {
			return Num(Bin{x.Op, ln, rn}.Eval(nil))
		}
		if x.Op == '*' && ((lok && ln == 0) || (rok && rn == 0)) {
			return Num(0)
		}
		if x.Op == '*' && lok && ln == 1 {
			return r
		}
		if (x.Op == '+' || x.Op == '*') && rok && rn == Num(map[byte]float64{'+': 0, '*': 1}[x.Op]) {
			return l
		}
		return Bin{x.Op, l, r}
	case Neg:
		inner := simplify(x.X)
		if n, ok := inner.(Num); ok {
			return -n
		}
		if nn, ok := inner.(Neg); ok {
			return nn.X
		}
		return Neg{inner}
	case Call:
		args := make([]Expr, len(x.Args))
		for i, a := range x.Args {
			args[i] = simplify(a)
		}
		return Call{x.Fn, args}
	}
	return e
}

func countNodes(e Expr) map[string]int {
	counts := map[string]int{}
	var walk func(Expr)
	walk = func(e Expr) {
		counts[fmt.Sprintf("%T", e)]++
		switch x := e.(type) {
		case Bin:
			walk(x.L)
			walk(x.R)
		case Neg:
			walk(x.X)
		case Call:
			for _, a := range x.Args {
				walk(a)
			}
		}
	}
	walk(e)
	return counts
}

func main() {
	env := map[string]float64{"x": 3, "y": 4}
	exprs := []Expr{
		Bin{'+', Num(1), Bin{'*', Num(2), Num(3)}},
		Bin{'*', Var("x"), Bin{'+', Var("y"), Num(0)}},
		Neg{Neg{Var("x")}},
		Bin{'*', Num(0), Call{"max", []Expr{Var("x"), Var("y")}}},
		Call{"sum", []Expr{Num(1), Bin{'*', Num(1), Var("y")}, Neg{Num(2)}, Bin{'/', Var("x"), Num(2)}}},
		Bin{'-', Call{"max", []Expr{Num(1), Num(5), Var("x")}}, Bin{'*', Var("z"), Num(1)}},
	}
	for _, e := range exprs {
		s := simplify(e)
		fmt.Printf("%-40s = %-6v  simplified: %-22s = %v\n", e, e.Eval(env), s, s.Eval(env))
	}
	fmt.Println(countNodes(exprs[4]))
	fmt.Println(countNodes(exprs[5]))
}
