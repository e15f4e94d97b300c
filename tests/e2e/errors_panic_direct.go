package main

import (
	"errors"
	"fmt"
	"strconv"
)

// A must-style helper that panics with an error value; the first failures are recovered and
// turned back into errors, the last one escapes: gc prints "panic: " plus the wrapped Error()
// text (for an error value) and exits with status 2.

type ParseFailure struct {
	Input string
	Err   error
}

func (p *ParseFailure) Error() string {
	return "cannot parse " + strconv.Quote(p.Input) + ": " + p.Err.Error()
}

func (p *ParseFailure) Unwrap() error { return p.Err }

func mustInt(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(&ParseFailure{s, err})
	}
	return n
}

func sum(inputs ...string) (total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			err = fmt.Errorf("sum: %w", e)
		}
	}()
	for _, in := range inputs {
		total += mustInt(in)
	}
	return total, nil
}

func main() {
	fmt.Println(sum("1", "2", "3"))
	t, err := sum("10", "x20", "30")
	fmt.Println(t, err)
	var pf *ParseFailure
	if errors.As(err, &pf) {
		fmt.Println("input:", pf.Input, "syntax:", errors.Is(err, strconv.ErrSyntax))
	}
	_, err = sum("99999999999999999999")
	fmt.Println(err, errors.Is(err, strconv.ErrRange))

	values := []string{"4", "5", "six"}
	total := 0
	for _, v := range values {
		total += mustInt(v)
		fmt.Println("running total", total)
	}
	fmt.Println("unreachable", total)
}
