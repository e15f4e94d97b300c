package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Validation errors collected into a multi-error type with its own Unwrap() []error, field
// errors, sentinel checks through errors.Is across the collection, and formatting with %v/%+v.

var (
	ErrRequired = errors.New("required")
	ErrTooLong  = errors.New("too long")
	ErrFormat   = errors.New("bad format")
)

type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

type MultiError struct {
	errs []error
}

func (m *MultiError) Add(err error) {
	if err != nil {
		m.errs = append(m.errs, err)
	}
}

func (m *MultiError) Error() string {
	parts := make([]string, len(m.errs))
	for i, e := range m.errs {
		parts[i] = e.Error()
	}
	return fmt.Sprintf("%d validation error(s): %s", len(m.errs), strings.Join(parts, "; "))
}

func (m *MultiError) Unwrap() []error { return m.errs }

// ErrOrNil avoids the typed-nil trap: an empty *MultiError must become a nil error.
func (m *MultiError) ErrOrNil() error {
	if len(m.errs) == 0 {
		return nil
	}
	return m
}

type Signup struct {
	User, Email, Country string
	Age                  int
}

func validate(s Signup) error {
	var me MultiError
	if s.User == "" {
		me.Add(&FieldError{"user", ErrRequired})
	} else if len(s.User) > 8 {
		me.Add(&FieldError{"user", fmt.Errorf("%w: %d > 8 characters", ErrTooLong, len(s.User))})
	}
	if at := strings.IndexByte(s.Email, '@'); at <= 0 || !strings.Contains(s.Email[at:], ".") {
		me.Add(&FieldError{"email", fmt.Errorf("%w: %q", ErrFormat, s.Email)})
	}
	if s.Age < 13 {
		me.Add(&FieldError{"age", fmt.Errorf("must be at least 13, got %d", s.Age)})
	}
	allowed := map[string]bool{"NO": true, "SE": true, "DK": true}
	if !allowed[s.Country] {
		keys := make([]string, 0, len(allowed))
		for k := range allowed {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		me.Add(&FieldError{"country", fmt.Errorf("%w: %q not in %v", ErrFormat, s.Country, keys)})
	}
	return me.ErrOrNil()
}

func main() {
	inputs := []Signup{
		{"ann", "ann@example.no", "NO", 30},
		{"", "nobody", "US", 9},
		{"bartholomew", "bart@site.se", "SE", 40},
		{"cy", "cy@localhost", "DK", 13},
	}
	for i, in := range inputs {
		err := validate(in)
		fmt.Printf("#%d %+v\n", i, in)
		if err == nil {
			fmt.Println("   valid")
			continue
		}
		fmt.Println("  ", err)
		fmt.Println("   required:", errors.Is(err, ErrRequired), "too long:", errors.Is(err, ErrTooLong), "format:", errors.Is(err, ErrFormat))
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Println("   first field error:", fe.Field)
		}
		var me *MultiError
		if errors.As(err, &me) {
			for _, e := range me.Unwrap() {
				fmt.Printf("   - %-8s %v\n", e.(*FieldError).Field, errors.Unwrap(e))
			}
		}
	}
	var me MultiError
	var e error = &me
	fmt.Println(e != nil, me.ErrOrNil() == nil)
	fmt.Println(errors.Unwrap(&MultiError{}) == nil)
}
