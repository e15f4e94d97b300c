package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// A JSON-like parser and pretty printer: values are interface types (null, bool, number, string,
// array, object), parsed by recursive descent with positioned errors, then printed indented
// with sorted keys, and queried by path.

type Value interface{}

type Parser struct {
	s   string
	pos int
}

type ParseError struct {
	Pos int
	Msg string
}

func (e ParseError) Error() string { return "offset " + strconv.Itoa(e.Pos) + ": " + e.Msg }

func (p *Parser) fail(format string, args ...any) {
	panic(ParseError{p.pos, fmt.Sprintf(format, args...)})
}

func (p *Parser) ws() {
	for p.pos < len(p.s) && strings.IndexByte(" \t\n\r", p.s[p.pos]) >= 0 {
		p.pos++
	}
}

func (p *Parser) peek() byte {
	p.ws()
	if p.pos >= len(p.s) {
		return 0
	}
	return p.s[p.pos]
}

func (p *Parser) expect(c byte) {
	if p.peek() != c {
		p.fail("expected %q", c)
	}
	p.pos++
}

func (p *Parser) value() Value {
	switch c := p.peek(); {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.str()
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	case strings.HasPrefix(p.s[p.pos:], "true"):
		p.pos += 4
		return true
	case strings.HasPrefix(p.s[p.pos:], "false"):
		p.pos += 5
		return false
	case strings.HasPrefix(p.s[p.pos:], "null"):
		p.pos += 4
		return nil
	case c == 0:
		p.fail("unexpected end of input")
	default:
		p.fail("unexpected character %q", c)
	}
	return nil
}

func (p *Parser) object() map[string]Value {
	p.expect('{')
	obj := map[string]Value{}
	if p.peek() == '}' {
		p.pos++
		return obj
	}
	for {
		if p.peek() != '"' {
			p.fail("object key must be a string")
		}
		k := p.str()
		p.expect(':')
		obj[k] = p.value()
		if p.peek() == ',' {
			p.pos++
			continue
		}
		p.expect('}')
		return obj
	}
}

func (p *Parser) array() []Value {
	p.expect('[')
	arr := []Value{}
	if p.peek() == ']' {
		p.pos++
		return arr
	}
	for {
		arr = append(arr, p.value())
		if p.peek() == ',' {
			p.pos++
			continue
		}
		p.expect(']')
		return arr
	}
}

func (p *Parser) str() string {
	p.expect('"')
	var sb strings.Builder
	for {
		if p.pos >= len(p.s) {
			p.fail("unterminated string")
		}
		c := p.s[p.pos]
		p.pos++
		switch c {
		case '"':
			return sb.String()
		case '\\':
			e := p.s[p.pos]
			p.pos++
			switch e {
			case 'n':
				sb.WriteByte('\n')
			case 't':
				sb.WriteByte('\t')
			case 'u':
				n, err := strconv.ParseUint(p.s[p.pos:p.pos+4], 16, 32)
				if err != nil {
					p.fail("bad unicode escape")
				}
				sb.WriteRune(rune(n))
				p.pos += 4
			default:
				sb.WriteByte(e)
			}
		default:
			sb.WriteByte(c)
		}
	}
}

func (p *Parser) number() float64 {
	start := p.pos
	for p.pos < len(p.s) && strings.IndexByte("+-0123456789.eE", p.s[p.pos]) >= 0 {
		p.pos++
	}
	f, err := strconv.ParseFloat(p.s[start:p.pos], 64)
	if err != nil {
		p.pos = start
		p.fail("bad number %q", p.s[start:p.pos])
	}
	return f
}

func Parse(s string) (v Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(ParseError)
			if !ok {
				panic(r)
			}
			err = pe
		}
	}()
	p := &Parser{s: s}
	v = p.value()
	if p.peek() != 0 {
		p.fail("trailing data")
	}
	return v, nil
}

func pretty(sb *strings.Builder, v Value, indent string) {
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []Value:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(indent + "  ")
			pretty(sb, e, indent+"  ")
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "]")
	case map[string]Value:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", indent, k)
			pretty(sb, x[k], indent+"  ")
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "}")
	default:
		panic(fmt.Sprintf("unexpected %T", v))
	}
}

var ErrPath = errors.New("path not found")

func Query(v Value, path string) (Value, error) {
	for _, part := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]Value:
			next, ok := x[part]
			if !ok {
				return nil, fmt.Errorf("%q: %w", part, ErrPath)
			}
			v = next
		case []Value:
			i, err := strconv.Atoi(part)
			if err != nil || i < 0 || i >= len(x) {
				return nil, fmt.Errorf("index %q: %w", part, ErrPath)
			}
			v = x[i]
		default:
			return nil, fmt.Errorf("%q into %T: %w", part, v, ErrPath)
		}
	}
	return v, nil
}

func main() {
	doc := `{"name": "gosub", "version": 1.5, "tags": ["go", "llvm", "c17"],
	  "owner": {"login": "team", "admins": ["ann", "bo"], "active": true},
	  "empty": {}, "none": null, "list": [], "esc": "tab\there \u00e9 \"q\"",
	  "nums": [1, -2.5, 3e3, 0]}`
	v, err := Parse(doc)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	var sb strings.Builder
	pretty(&sb, v, "")
	fmt.Println(sb.String())

	for _, q := range []string{"name", "owner.admins.1", "nums.2", "owner.active", "tags.9", "name.x", "missing"} {
		r, err := Query(v, q)
		if err != nil {
			fmt.Printf("%-15s error: %v (is ErrPath: %v)\n", q, err, errors.Is(err, ErrPath))
			continue
		}
		fmt.Printf("%-15s %v (%T)\n", q, r, r)
	}

	bad := []string{`{"a": }`, `[1, 2`, `{"a" 1}`, `"open`, `tru`, `{1: 2}`, `[1] x`, `-`}
	for _, b := range bad {
		_, err := Parse(b)
		fmt.Printf("%-10s -> %v\n", b, err)
	}
}
