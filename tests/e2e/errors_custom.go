package main

import (
	"errors"
	"fmt"
)

// Custom error types with value and pointer receivers, errors.New identity, returning errors.

type NotFound struct {
	Kind string
	Key  string
}

func (e NotFound) Error() string { return e.Kind + " " + e.Key + " not found" }

type ParseError struct {
	Line, Col int
	Msg       string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg)
}

type Temporary interface {
	Temporary() bool
}

type Timeout struct{ Op string }

func (t Timeout) Error() string   { return t.Op + ": timeout" }
func (t Timeout) Temporary() bool { return true }

var ErrEmpty = errors.New("empty input")

func lookup(db map[string]int, k string) (int, error) {
	if k == "" {
		return 0, ErrEmpty
	}
	v, ok := db[k]
	if !ok {
		return 0, NotFound{"key", k}
	}
	return v, nil
}

func parse(src string) error {
	line, col := 1, 1
	for _, r := range src {
		switch {
		case r == '\n':
			line++
			col = 0
		case r == '@':
			return &ParseError{line, col, "unexpected '@'"}
		}
		col++
	}
	return nil
}

func isTemporary(err error) bool {
	t, ok := err.(Temporary)
	return ok && t.Temporary()
}

func main() {
	db := map[string]int{"a": 1, "b": 2}
	for _, k := range []string{"a", "z", "", "b"} {
		v, err := lookup(db, k)
		if err != nil {
			kind := "sentinel"
			if _, ok := err.(NotFound); ok {
				kind = fmt.Sprintf("%T", err)
			}
			fmt.Printf("lookup(%q): error: %v (%s)\n", k, err, kind)
			continue
		}
		fmt.Printf("lookup(%q) = %d\n", k, v)
	}

	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println(e1 == e2, e1 == e1, e1.Error() == e2.Error())
	_, err := lookup(db, "")
	fmt.Println(err == ErrEmpty)
	_, err = lookup(db, "q")
	fmt.Println(err == NotFound{"key", "q"}, err == error(NotFound{"key", "r"}))

	for _, src := range []string{"ok", "line one\nline @two", "@"} {
		if err := parse(src); err != nil {
			pe := err.(*ParseError)
			fmt.Println("parse error:", err, "| line", pe.Line, "col", pe.Col)
		} else {
			fmt.Println("parsed", src)
		}
	}

	errs := []error{Timeout{"read"}, NotFound{"file", "x.txt"}, ErrEmpty, &ParseError{1, 2, "m"}}
	for _, e := range errs {
		fmt.Printf("%-25v temporary=%v\n", e, isTemporary(e))
	}
	fmt.Printf("%v|%s|%q\n", errs[0], errs[1], errs[2])
	fmt.Printf("%+v\n", errs[3])
	fmt.Println(fmt.Sprint(errs))

	var nilErr error
	fmt.Println(nilErr == nil, nilErr)
	fmt.Printf("%v\n", nilErr)
}
