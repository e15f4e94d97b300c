package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// A plugin registry filled by init() functions and package-level variable initialisers, in
// dependency order; plugins are interface values with optional capabilities detected by type
// assertion; a pipeline applies text transforms in priority order.

type Plugin interface {
	Name() string
	Priority() int
}

type Transformer interface {
	Plugin
	Transform(s string) (string, error)
}

type Validator interface {
	Plugin
	Validate(s string) error
}

var registry = map[string]Plugin{}
var loadOrder []string

func register(p Plugin) bool {
	if _, dup := registry[p.Name()]; dup {
		panic("duplicate plugin " + p.Name())
	}
	registry[p.Name()] = p
	loadOrder = append(loadOrder, p.Name())
	return true
}

type upper struct{}

func (upper) Name() string                       { return "upper" }
func (upper) Priority() int                      { return 20 }
func (upper) Transform(s string) (string, error) { return strings.ToUpper(s), nil }

type trim struct{ cutset string }

func (t trim) Name() string                       { return "trim" }
func (t trim) Priority() int                      { return 10 }
func (t trim) Transform(s string) (string, error) { return strings.Trim(s, t.cutset), nil }

type censor struct{ words []string }

func (c *censor) Name() string  { return "censor" }
func (c *censor) Priority() int { return 15 }
func (c *censor) Transform(s string) (string, error) {
	for _, w := range c.words {
		s = strings.ReplaceAll(s, w, strings.Repeat("*", len(w)))
	}
	return s, nil
}

type maxLen int

func (m maxLen) Name() string  { return "maxlen" }
func (m maxLen) Priority() int { return 99 }
func (m maxLen) Validate(s string) error {
	if len(s) > int(m) {
		return fmt.Errorf("%d bytes exceeds limit %d", len(s), int(m))
	}
	return nil
}

type noDigits struct{}

var ErrDigits = errors.New("digits not allowed")

func (noDigits) Name() string  { return "nodigits" }
func (noDigits) Priority() int { return 5 }
func (noDigits) Validate(s string) error {
	if strings.ContainsAny(s, "0123456789") {
		return ErrDigits
	}
	return nil
}
func (noDigits) Transform(s string) (string, error) {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '#'
		}
		return r
	}, s), nil
}

// package-level registrations run before init(), in dependency order
var _ = register(upper{})
var censorPlugin = &censor{words: bannedWords}
var bannedWords = []string{"darn", "heck"}
var _ = register(censorPlugin)

func init() {
	register(trim{cutset: " .!"})
	register(maxLen(24))
}

func init() {
	register(noDigits{})
}

func sorted() []Plugin {
	ps := make([]Plugin, 0, len(registry))
	for _, p := range registry {
		ps = append(ps, p)
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].Priority() < ps[j].Priority() })
	return ps
}

func run(input string) (string, error) {
	s := input
	for _, p := range sorted() {
		if t, ok := p.(Transformer); ok {
			var err error
			if s, err = t.Transform(s); err != nil {
				return "", fmt.Errorf("%s: %w", p.Name(), err)
			}
		}
	}
	for _, p := range sorted() {
		if v, ok := p.(Validator); ok {
			if err := v.Validate(s); err != nil {
				return s, fmt.Errorf("validator %s: %w", p.Name(), err)
			}
		}
	}
	return s, nil
}

func main() {
	fmt.Println("load order:", loadOrder)
	for _, p := range sorted() {
		_, isT := p.(Transformer)
		_, isV := p.(Validator)
		fmt.Printf("%-9s prio=%2d transformer=%-5v validator=%-5v %T\n", p.Name(), p.Priority(), isT, isV, p)
	}
	for _, in := range []string{"  hello world!  ", "well darn it...", "agent 007 here", "this sentence is much too long for the limit"} {
		out, err := run(in)
		fmt.Printf("%-48q -> %q err=%v digits=%v\n", in, out, err, errors.Is(err, ErrDigits))
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		register(trim{})
	}()
	delete(registry, "nodigits")
	out, err := run("room 101")
	fmt.Println(out, err)
}
