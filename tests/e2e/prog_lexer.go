package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// A lexer for a Go-like language: token kinds with a Stringer, keyword map, line/column
// positions, UTF-8 identifiers, string/rune/number literals with escapes, comments, errors
// collected rather than aborting, and automatic semicolon insertion.

type Kind int

const (
	ILLEGAL Kind = iota
	EOF
	IDENT
	INT
	FLOAT
	STRING
	CHAR
	OPERATOR
	KEYWORD
	SEMI
)

func (k Kind) String() string {
	return [...]string{"ILLEGAL", "EOF", "IDENT", "INT", "FLOAT", "STRING", "CHAR", "OP", "KEYWORD", "SEMI"}[k]
}

var keywords = map[string]bool{
	"func": true, "return": true, "if": true, "else": true, "for": true, "var": true,
	"package": true, "import": true, "type": true, "struct": true,
}

type Pos struct{ Line, Col int }

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

type Token struct {
	Kind Kind
	Text string
	Pos  Pos
}

type Lexer struct {
	src       string
	off       int
	line, col int
	errs      []string
	last      Kind
	lastText  string
}

func NewLexer(src string) *Lexer { return &Lexer{src: src, line: 1, col: 1} }

func (l *Lexer) peekRune() (rune, int) {
	if l.off >= len(l.src) {
		return -1, 0
	}
	return utf8.DecodeRuneInString(l.src[l.off:])
}

func (l *Lexer) advance() rune {
	r, n := l.peekRune()
	l.off += n
	if r == '\n' {
		l.line++
		l.col = 1
	} else {
		l.col++
	}
	return r
}

func isLetter(r rune) bool {
	return r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 && r != utf8.RuneError
}
func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func (l *Lexer) needSemi() bool {
	switch l.last {
	case IDENT, INT, FLOAT, STRING, CHAR:
		return true
	case KEYWORD:
		return l.lastText == "return"
	case OPERATOR:
		return l.lastText == ")" || l.lastText == "}" || l.lastText == "]" || l.lastText == "++"
	}
	return false
}

func (l *Lexer) Next() Token {
	for {
		r, _ := l.peekRune()
		if r == '\n' && l.needSemi() {
			pos := Pos{l.line, l.col}
			l.advance()
			l.last = SEMI
			return Token{SEMI, "\\n", pos}
		}
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
			l.advance()
			continue
		}
		if strings.HasPrefix(l.src[l.off:], "//") {
			for r, _ := l.peekRune(); r != '\n' && r != -1; r, _ = l.peekRune() {
				l.advance()
			}
			continue
		}
		break
	}
	pos := Pos{l.line, l.col}
	start := l.off
	r := l.advance()
	tok := Token{Pos: pos}
	switch {
	case r == -1:
		tok.Kind = EOF
	case isLetter(r):
		for r, _ := l.peekRune(); isLetter(r) || isDigit(r); r, _ = l.peekRune() {
			l.advance()
		}
		tok.Text = l.src[start:l.off]
		tok.Kind = IDENT
		if keywords[tok.Text] {
			tok.Kind = KEYWORD
		}
	case isDigit(r):
		tok.Kind = INT
		for r, _ := l.peekRune(); isDigit(r) || r == '.'; r, _ = l.peekRune() {
			if r == '.' {
				tok.Kind = FLOAT
			}
			l.advance()
		}
		tok.Text = l.src[start:l.off]
	case r == '"' || r == '\'':
		quote := r
		tok.Kind = STRING
		if quote == '\'' {
			tok.Kind = CHAR
		}
		var sb strings.Builder
		for {
			c := l.advance()
			if c == -1 || c == '\n' {
				l.errs = append(l.errs, fmt.Sprintf("%v: unterminated literal", pos))
				tok.Kind = ILLEGAL
				break
			}
			if c == quote {
				break
			}
			if c == '\\' {
				e := l.advance()
				switch e {
				case 'n':
					c = '\n'
				case 't':
					c = '\t'
				case '\\', '"', '\'':
					c = e
				default:
					l.errs = append(l.errs, fmt.Sprintf("%v: unknown escape \\%c", Pos{l.line, l.col - 2}, e))
					c = e
				}
			}
			sb.WriteRune(c)
		}
		tok.Text = sb.String()
		if tok.Kind == CHAR && utf8.RuneCountInString(tok.Text) != 1 {
			l.errs = append(l.errs, fmt.Sprintf("%v: rune literal with %d characters", pos, utf8.RuneCountInString(tok.Text)))
		}
	default:
		two := l.src[start:min(start+2, len(l.src))]
		switch two {
		case ":=", "==", "!=", "<=", ">=", "&&", "||", "++", "+=":
			l.advance()
			tok.Text = two
		default:
			tok.Text = string(r)
		}
		tok.Kind = OPERATOR
		if !strings.Contains("+-*/=<>!(){}[],;.:&|", string(r)) {
			tok.Kind = ILLEGAL
			l.errs = append(l.errs, fmt.Sprintf("%v: illegal character %q", pos, r))
		}
	}
	l.last, l.lastText = tok.Kind, tok.Text
	return tok
}

const source = `package main

// compute things
func añadir(a, b int) int {
	return a + b
}

func main() {
	x := 42
	pi := 3.14159
	s := "héllo\t\"wörld\"\n"
	c := 'é'
	if x >= 10 && pi != 0 {
		x++
	}
	bad := 'ab' # @
	msg := "unterminated
	return
}
`

func main() {
	lx := NewLexer(source)
	counts := map[Kind]int{}
	idents := map[string]int{}
	for {
		t := lx.Next()
		counts[t.Kind]++
		if t.Kind == IDENT {
			idents[t.Text]++
		}
		fmt.Printf("%-6v %-8v %q\n", t.Pos, t.Kind, t.Text)
		if t.Kind == EOF {
			break
		}
	}
	fmt.Println(counts)
	fmt.Println(idents)
	for _, e := range lx.errs {
		fmt.Println("error:", e)
	}
}
