package main

import (
	"errors"
	"fmt"
	"strconv"
)

// Wrapping with fmt.Errorf("%w"), unwrapping chains, errors.Is and errors.As through layers.

var ErrPermission = errors.New("permission denied")
var ErrNotExist = errors.New("does not exist")

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

type CodeError struct{ Code int }

func (c CodeError) Error() string { return "code " + strconv.Itoa(c.Code) }

func open(path string) error {
	switch path {
	case "/root/secret":
		return &PathError{"open", path, ErrPermission}
	case "/missing":
		return &PathError{"open", path, ErrNotExist}
	case "/bad":
		return &PathError{"open", path, CodeError{42}}
	}
	return nil
}

func loadConfig(path string) error {
	if err := open(path); err != nil {
		return fmt.Errorf("load config: %w", err)
	}
	return nil
}

func startApp(path string) error {
	if err := loadConfig(path); err != nil {
		return fmt.Errorf("start app (attempt %d): %w", 1, err)
	}
	return nil
}

func chain(err error) {
	depth := 0
	for err != nil {
		kind := "wrapped"
		switch err.(type) {
		case *PathError:
			kind = "*PathError"
		case CodeError:
			kind = "CodeError"
		}
		if err == ErrPermission || err == ErrNotExist {
			kind = "sentinel"
		}
		fmt.Printf("  %d: %s: %v\n", depth, kind, err)
		err = errors.Unwrap(err)
		depth++
	}
}

func main() {
	for _, p := range []string{"/root/secret", "/missing", "/bad", "/etc/ok"} {
		err := startApp(p)
		fmt.Println("path", p, "->", err)
		if err == nil {
			continue
		}
		chain(err)
		fmt.Println("  Is permission:", errors.Is(err, ErrPermission))
		fmt.Println("  Is not-exist:", errors.Is(err, ErrNotExist))
		var pe *PathError
		if errors.As(err, &pe) {
			fmt.Println("  As PathError: op", pe.Op, "path", pe.Path)
		}
		var ce CodeError
		if errors.As(err, &ce) {
			fmt.Println("  As CodeError:", ce.Code)
		}
	}

	// %v instead of %w does not wrap
	flat := fmt.Errorf("flat: %v", ErrNotExist)
	fmt.Println(flat, errors.Is(flat, ErrNotExist), errors.Unwrap(flat) == nil)

	wrapped := fmt.Errorf("ctx: %w", ErrNotExist)
	fmt.Println(errors.Unwrap(wrapped) == ErrNotExist)
	fmt.Println(errors.Is(nil, ErrNotExist), errors.Is(ErrNotExist, ErrNotExist))
	fmt.Println(errors.Unwrap(ErrNotExist) == nil)

	// two %w in one Errorf: Is finds both
	both := fmt.Errorf("multi: %w and %w", ErrPermission, CodeError{7})
	fmt.Println(both)
	var ce CodeError
	fmt.Println(errors.Is(both, ErrPermission), errors.As(both, &ce), ce.Code)
	fmt.Println(errors.Unwrap(both) == nil)

	_, err := strconv.Atoi("12x")
	werr := fmt.Errorf("reading field %q: %w", "age", err)
	fmt.Println(werr)
	var numErr *strconv.NumError
	if errors.As(werr, &numErr) {
		fmt.Println("func:", numErr.Func, "num:", numErr.Num, "err:", numErr.Err)
		fmt.Println(errors.Is(werr, strconv.ErrSyntax))
	}
}
