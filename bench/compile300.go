// compile300: a ~300-line program used to time the compiler, not the program.
//
// run.sh times `gosub build -O2` and `go build` on this file. It is written
// to look like ordinary code within gosub's subset (structs, pointers,
// slices, arrays, closures, switch, multiple results, strings and bytes; no
// methods, maps, interfaces, goroutines or defer), and it also runs and
// prints a deterministic result, checked against expected/compile300.out.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

// Token kinds of the little expression language.
const (
	tokNum = iota
	tokOp
	tokLParen
	tokRParen
	tokEnd
)

// Token is one lexeme of an arithmetic expression.
type Token struct {
	kind int
	num  int
	op   byte
}

// Parser walks a token slice.
type Parser struct {
	toks []Token
	pos  int
	errs int
}

// isDigit reports whether c is an ASCII decimal digit.
func isDigit(c byte) bool {
	return c >= '0' && c <= '9'
}

// tokenize splits s into tokens, skipping blanks; unknown bytes are dropped.
func tokenize(s string) []Token {
	var toks []Token
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case isDigit(c):
			n := 0
			for i < len(s) && isDigit(s[i]) {
				n = n*10 + int(s[i]-'0')
				i++
			}
			toks = append(toks, Token{kind: tokNum, num: n})
		case c == '(':
			toks = append(toks, Token{kind: tokLParen})
			i++
		case c == ')':
			toks = append(toks, Token{kind: tokRParen})
			i++
		case c == '+' || c == '-' || c == '*' || c == '/' || c == '%':
			toks = append(toks, Token{kind: tokOp, op: c})
			i++
		default:
			i++
		}
	}
	return append(toks, Token{kind: tokEnd})
}

// peek returns the current token without consuming it.
func peek(p *Parser) Token {
	return p.toks[p.pos]
}

// next consumes and returns the current token.
func next(p *Parser) Token {
	t := p.toks[p.pos]
	if t.kind != tokEnd {
		p.pos++
	}
	return t
}

// parseExpr: Expr = Term { ("+" | "-") Term } .
func parseExpr(p *Parser) int {
	v := parseTerm(p)
	for {
		t := peek(p)
		if t.kind != tokOp || (t.op != '+' && t.op != '-') {
			return v
		}
		next(p)
		r := parseTerm(p)
		if t.op == '+' {
			v += r
		} else {
			v -= r
		}
	}
}

// parseTerm: Term = Factor { ("*" | "/" | "%") Factor } .
func parseTerm(p *Parser) int {
	v := parseFactor(p)
	for {
		t := peek(p)
		if t.kind != tokOp || (t.op != '*' && t.op != '/' && t.op != '%') {
			return v
		}
		next(p)
		r := parseFactor(p)
		switch {
		case t.op == '*':
			v *= r
		case r == 0:
			p.errs++
		case t.op == '/':
			v /= r
		default:
			v %= r
		}
	}
}

// parseFactor: Factor = number | "-" Factor | "(" Expr ")" .
func parseFactor(p *Parser) int {
	t := next(p)
	switch t.kind {
	case tokNum:
		return t.num
	case tokOp:
		if t.op == '-' {
			return -parseFactor(p)
		}
	case tokLParen:
		v := parseExpr(p)
		if next(p).kind != tokRParen {
			p.errs++
		}
		return v
	}
	p.errs++
	return 0
}

// eval parses and evaluates s, returning the value and the number of errors.
func eval(s string) (int, int) {
	p := &Parser{toks: tokenize(s)}
	v := parseExpr(p)
	if peek(p).kind != tokEnd {
		p.errs++
	}
	return v, p.errs
}

// sieve returns the primes below n.
func sieve(n int) []int {
	composite := make([]bool, n)
	var primes []int
	for i := 2; i < n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j < n; j += i {
			composite[j] = true
		}
	}
	return primes
}

// quicksort sorts xs in place in the order given by less.
func quicksort(xs []int, less func(a, b int) bool) {
	if len(xs) < 2 {
		return
	}
	pivot := xs[len(xs)/2]
	lo, hi := 0, len(xs)-1
	for lo <= hi {
		for less(xs[lo], pivot) {
			lo++
		}
		for less(pivot, xs[hi]) {
			hi--
		}
		if lo <= hi {
			xs[lo], xs[hi] = xs[hi], xs[lo]
			lo++
			hi--
		}
	}
	quicksort(xs[:hi+1], less)
	quicksort(xs[lo:], less)
}

// Matrix is a fixed-size square matrix.
type Matrix [4][4]float64

// matMul returns a*b.
func matMul(a, b *Matrix) Matrix {
	var c Matrix
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			s := 0.0
			for k := 0; k < 4; k++ {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	return c
}

// List is a singly linked list cell.
type List struct {
	val  int
	next *List
}

// push returns a new list with v in front of l.
func push(l *List, v int) *List {
	return &List{val: v, next: l}
}

// reverse reverses a list in place and returns its new head.
func reverse(l *List) *List {
	var prev *List
	for l != nil {
		nxt := l.next
		l.next = prev
		prev = l
		l = nxt
	}
	return prev
}

// counter returns a closure that yields start, start+step, start+2*step, ...
func counter(start, step int) func() int {
	n := start - step
	return func() int {
		n += step
		return n
	}
}

// reverseString returns s with its bytes in reverse order.
func reverseString(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

// hash is FNV-1a over the bytes of s.
func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	n := 50
	if len(os.Args) > 1 {
		if v, _ := strconv.Atoi(os.Args[1]); v > 0 {
			n = v
		}
	}

	exprs := []string{"1 + 2 * 3", "(1 + 2) * 3", "100 / 7 % 5", "-(4 - 10) * 2", "7 / 0", "(2 + 3"}
	for _, e := range exprs {
		v, errs := eval(e)
		fmt.Printf("%s = %d (errors: %d)\n", e, v, errs)
	}

	primes := sieve(n * 20)
	sum := 0
	for _, p := range primes {
		sum += p
	}
	fmt.Printf("primes below %d: %d, sum %d\n", n*20, len(primes), sum)

	xs := make([]int, n)
	gen := counter(7, 13)
	for i := range xs {
		xs[i] = gen() % 101
	}
	quicksort(xs, func(a, b int) bool { return a > b })
	fmt.Println("sorted desc:", xs[0], xs[1], xs[2], "...", xs[len(xs)-1])

	var m Matrix
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			m[i][j] = float64(i+1) / float64(j+1)
		}
	}
	p := matMul(&m, &m)
	for k := 0; k < 3; k++ {
		p = matMul(&p, &m)
	}
	fmt.Printf("trace of m^5: %.6f, sqrt: %.6f\n", p[0][0]+p[1][1]+p[2][2]+p[3][3], math.Sqrt(p[3][3]))

	var l *List
	for i := 1; i <= n; i++ {
		l = push(l, i*i)
	}
	l = reverse(l)
	total, count := 0, 0
	for c := l; c != nil; c = c.next {
		total += c.val
		count++
	}
	fmt.Printf("list: first %d, %d cells, sum %d\n", l.val, count, total)

	words := []string{"gosub", "escape", "analysis", "collector"}
	line := ""
	for i, w := range words {
		if i > 0 {
			line += " "
		}
		line += reverseString(w)
	}
	fmt.Printf("%s (hash %d)\n", line, hash(line))
}
