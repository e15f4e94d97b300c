package main

import (
	"errors"
	"fmt"
)

// Custom Is and As behaviour: an error type with an Is method matching by category,
// and errors.As into an interface type.

type Category int

const (
	Transient Category = iota + 1
	Fatal
)

type OpError struct {
	Op  string
	Cat Category
}

func (e *OpError) Error() string {
	return fmt.Sprintf("%s failed (%s)", e.Op, e.Cat)
}

func (c Category) String() string {
	switch c {
	case Transient:
		return "transient"
	case Fatal:
		return "fatal"
	}
	return "unknown"
}

// Is lets errors.Is(err, &OpError{Cat: X}) match any OpError of that category.
func (e *OpError) Is(target error) bool {
	t, ok := target.(*OpError)
	if !ok {
		return false
	}
	return t.Op == "" && t.Cat == e.Cat
}

var ErrTransient = &OpError{Cat: Transient}
var ErrFatal = &OpError{Cat: Fatal}

type Retryable interface {
	error
	RetryAfter() int
}

type RateLimited struct{ Secs int }

func (r RateLimited) Error() string   { return fmt.Sprintf("rate limited for %ds", r.Secs) }
func (r RateLimited) RetryAfter() int { return r.Secs }

func do(step int) error {
	switch step % 4 {
	case 0:
		return nil
	case 1:
		return fmt.Errorf("step %d: %w", step, &OpError{"fetch", Transient})
	case 2:
		return fmt.Errorf("step %d: %w", step, &OpError{"write", Fatal})
	default:
		return fmt.Errorf("step %d: wrapped twice: %w", step, fmt.Errorf("inner: %w", RateLimited{step * 10}))
	}
}

func main() {
	for step := range 8 {
		err := do(step)
		if err == nil {
			fmt.Println(step, "ok")
			continue
		}
		fmt.Println(step, err)
		fmt.Println("   transient:", errors.Is(err, ErrTransient), "fatal:", errors.Is(err, ErrFatal))
		var r Retryable
		if errors.As(err, &r) {
			fmt.Println("   retry after", r.RetryAfter(), "seconds:", r)
		}
		var op *OpError
		if errors.As(err, &op) {
			fmt.Println("   op:", op.Op, "category:", op.Cat)
		}
	}
	same := &OpError{"x", Fatal}
	fmt.Println(errors.Is(same, same), errors.Is(same, &OpError{"x", Fatal}), errors.Is(same, ErrFatal))
}
