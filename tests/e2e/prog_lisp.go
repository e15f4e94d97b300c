package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// A tiny Lisp: reader for s-expressions, environments chained through maps, special forms
// (define, lambda, if, let, quote, begin), closures, builtins, errors through panic/recover.

type Sexp interface{}
type Symbol string
type List []Sexp

type Builtin struct {
	name string
	fn   func(args []Sexp) Sexp
}

type Lambda struct {
	params []Symbol
	body   Sexp
	env    *Env
}

type Env struct {
	vars  map[Symbol]Sexp
	outer *Env
}

func (e *Env) Find(s Symbol) (Sexp, bool) {
	for env := e; env != nil; env = env.outer {
		if v, ok := env.vars[s]; ok {
			return v, true
		}
	}
	return nil, false
}

type LispError struct{ msg string }

func (e LispError) Error() string { return e.msg }

func fail(format string, args ...any) { panic(LispError{fmt.Sprintf(format, args...)}) }

func tokenize(s string) []string {
	s = strings.ReplaceAll(s, "(", " ( ")
	s = strings.ReplaceAll(s, ")", " ) ")
	s = strings.ReplaceAll(s, "'", " ' ")
	return strings.Fields(s)
}

func read(toks *[]string) Sexp {
	if len(*toks) == 0 {
		fail("unexpected EOF")
	}
	t := (*toks)[0]
	*toks = (*toks)[1:]
	switch t {
	case "(":
		var l List
		for len(*toks) > 0 && (*toks)[0] != ")" {
			l = append(l, read(toks))
		}
		if len(*toks) == 0 {
			fail("missing )")
		}
		*toks = (*toks)[1:]
		return l
	case ")":
		fail("unexpected )")
	case "'":
		return List{Symbol("quote"), read(toks)}
	}
	if n, err := strconv.Atoi(t); err == nil {
		return n
	}
	return Symbol(t)
}

func show(x Sexp) string {
	switch v := x.(type) {
	case List:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = show(e)
		}
		return "(" + strings.Join(parts, " ") + ")"
	case *Lambda:
		return fmt.Sprintf("<lambda/%d>", len(v.params))
	case *Builtin:
		return "<builtin " + v.name + ">"
	case bool:
		if v {
			return "#t"
		}
		return "#f"
	case nil:
		return "nil"
	}
	return fmt.Sprint(x)
}

func truthy(x Sexp) bool {
	switch v := x.(type) {
	case bool:
		return v
	case nil:
		return false
	case List:
		return len(v) > 0
	}
	return true
}

func eval(x Sexp, env *Env) Sexp {
	for {
		switch v := x.(type) {
		case Symbol:
			val, ok := env.Find(v)
			if !ok {
				fail("unbound symbol: %s", string(v))
			}
			return val
		case int:
			return v
		case List:
			if len(v) == 0 {
				return v
			}
			if head, ok := v[0].(Symbol); ok {
				switch head {
				case "quote":
					return v[1]
				case "if":
					if truthy(eval(v[1], env)) {
						x = v[2]
					} else if len(v) > 3 {
						x = v[3]
					} else {
						return nil
					}
					continue
				case "define":
					env.vars[v[1].(Symbol)] = eval(v[2], env)
					return nil
				case "lambda":
					var ps []Symbol
					for _, p := range v[1].(List) {
						ps = append(ps, p.(Symbol))
					}
					return &Lambda{ps, v[2], env}
				case "let":
					inner := &Env{map[Symbol]Sexp{}, env}
					for _, b := range v[1].(List) {
						pair := b.(List)
						inner.vars[pair[0].(Symbol)] = eval(pair[1], env)
					}
					x, env = v[2], inner
					continue
				case "begin":
					for _, e := range v[1 : len(v)-1] {
						eval(e, env)
					}
					x = v[len(v)-1]
					continue
				}
			}
			f := eval(v[0], env)
			args := make([]Sexp, len(v)-1)
			for i, a := range v[1:] {
				args[i] = eval(a, env)
			}
			switch fn := f.(type) {
			case *Builtin:
				return fn.fn(args)
			case *Lambda:
				if len(args) != len(fn.params) {
					fail("arity mismatch: want %d, got %d", len(fn.params), len(args))
				}
				inner := &Env{map[Symbol]Sexp{}, fn.env}
				for i, p := range fn.params {
					inner.vars[p] = args[i]
				}
				x, env = fn.body, inner // tail call
				continue
			default:
				fail("not a function: %s", show(f))
			}
		default:
			return v
		}
	}
}

func num(x Sexp) int {
	n, ok := x.(int)
	if !ok {
		fail("not a number: %s", show(x))
	}
	return n
}

func globals() *Env {
	env := &Env{vars: map[Symbol]Sexp{}}
	arith := func(name string, op func(a, b int) int) {
		env.vars[Symbol(name)] = &Builtin{name, func(args []Sexp) Sexp {
			acc := num(args[0])
			for _, a := range args[1:] {
				acc = op(acc, num(a))
			}
			return acc
		}}
	}
	arith("+", func(a, b int) int { return a + b })
	arith("-", func(a, b int) int { return a - b })
	arith("*", func(a, b int) int { return a * b })
	arith("/", func(a, b int) int {
		if b == 0 {
			fail("division by zero")
		}
		return a / b
	})
	env.vars["<"] = &Builtin{"<", func(a []Sexp) Sexp { return num(a[0]) < num(a[1]) }}
	env.vars["="] = &Builtin{"=", func(a []Sexp) Sexp { return num(a[0]) == num(a[1]) }}
	env.vars["list"] = &Builtin{"list", func(a []Sexp) Sexp { return List(a) }}
	env.vars["car"] = &Builtin{"car", func(a []Sexp) Sexp { return a[0].(List)[0] }}
	env.vars["cdr"] = &Builtin{"cdr", func(a []Sexp) Sexp { return a[0].(List)[1:] }}
	env.vars["cons"] = &Builtin{"cons", func(a []Sexp) Sexp {
		tail, _ := a[1].(List)
		return append(List{a[0]}, tail...)
	}}
	env.vars["null?"] = &Builtin{"null?", func(a []Sexp) Sexp { l, ok := a[0].(List); return ok && len(l) == 0 }}
	return env
}

func run(src string, env *Env) (result string, err error) {
	defer func() {
		if r := recover(); r != nil {
			var le LispError
			if e, ok := r.(error); ok && errors.As(e, &le) {
				err = le
				return
			}
			err = fmt.Errorf("internal: %v", r)
		}
	}()
	toks := tokenize(src)
	var last Sexp
	for len(toks) > 0 {
		last = eval(read(&toks), env)
	}
	return show(last), nil
}

func main() {
	env := globals()
	progs := []string{
		"(+ 1 2 (* 3 4))",
		"(define sq (lambda (x) (* x x))) (sq 12)",
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1)))))) (fact 10)",
		"(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1))))) (count 5000 0)",
		"(define make-adder (lambda (n) (lambda (x) (+ x n)))) (define add5 (make-adder 5)) (add5 37)",
		"(let ((a 3) (b 4)) (+ (sq a) (sq b)))",
		"'(1 2 (3 4) five)",
		"(define map (lambda (f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l)))))) (map sq (list 1 2 3 4 5))",
		"(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))) (fib 20)",
		"(begin (define x 10) (define x (+ x 1)) x)",
		"(car (cdr (list 1 2 3)))",
		"sq",
		"+",
		"(undefined 1)",
		"(/ 10 0)",
		"(sq 1 2)",
		"(1 2 3)",
		"(+ 1 'a)",
		"(+ 1 2",
		")",
		"(car 5)",
	}
	for _, p := range progs {
		res, err := run(p, env)
		if err != nil {
			fmt.Printf("%.50s\n  error: %v\n", p, err)
			continue
		}
		fmt.Printf("%.50s\n  => %s\n", p, res)
	}
}
