// Package fmt: formatted I/O (gosub's subset).  A mixed package: the
// printing functions are intrinsics that codegen lowers to the C runtime's
// formatter (runtime/fmt.c), which walks any value by its type descriptor
// (Go's fmt does it with reflect, which gosub does not have); Fprint*,
// Errorf and its wrapping error types are Go.
package fmt

import (
	"errors"
	"io"
)

// Stringer is implemented by any value that has a String method, which
// defines the "native" format for that value.
type Stringer interface {
	String() string
}

//gosub:intrinsic
func Print(a ...any) (n int, err error)

//gosub:intrinsic
func Println(a ...any) (n int, err error)

//gosub:intrinsic
func Printf(format string, a ...any) (n int, err error)

//gosub:intrinsic
func Sprint(a ...any) string

//gosub:intrinsic
func Sprintln(a ...any) string

//gosub:intrinsic
func Sprintf(format string, a ...any) string

// Fprint formats using the default formats for its operands and writes to
// w.  Spaces are added between operands when neither is a string.  It
// returns the number of bytes written and any write error encountered.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Fprintln formats using the default formats for its operands and writes to
// w.  Spaces are always added between operands and a newline is appended.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// Errorf formats according to a format specifier and returns the string as
// a value that satisfies error.  A %w verb whose operand is an error formats
// it as %v and makes the result wrap it: one %w gives an error with an
// Unwrap() error method, several one with Unwrap() []error.
func Errorf(format string, a ...any) error {
	format, wrapped := wrapVerbs(format, a)
	s := Sprintf(format, a...)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	sortInts(wrapped)
	var errs []error
	for i, n := range wrapped {
		if i > 0 && wrapped[i-1] == n {
			continue
		}
		if e, ok := a[n].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

// wrapVerbs finds the operands of the %w verbs of format (their indices in
// a) and returns format with each %w whose operand is an error turned into
// %v, which the formatter prints as Errorf prints %w.
func wrapVerbs(format string, a []any) (string, []int) {
	var wrapped []int
	var out []byte
	argNum := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		// flags, argument indexes, widths and precisions
		for i < len(format) {
			c := format[i]
			if c == '#' || c == '0' || c == '+' || c == '-' || c == ' ' || c == '.' || ('1' <= c && c <= '9') {
				i++
			} else if c == '*' {
				argNum++
				i++
			} else if c == '[' {
				j := i + 1
				n := 0
				for j < len(format) && '0' <= format[j] && format[j] <= '9' {
					n = n*10 + int(format[j]-'0')
					j++
				}
				if j < len(format) && format[j] == ']' && n > 0 {
					argNum = n - 1
				}
				i = j + 1
			} else {
				break
			}
		}
		if i >= len(format) {
			break
		}
		if format[i] == '%' {
			continue
		}
		if format[i] == 'w' {
			wrapped = append(wrapped, argNum)
			if argNum < len(a) {
				if _, ok := a[argNum].(error); ok {
					if out == nil {
						out = []byte(format)
					}
					out[i] = 'v'
				}
			}
		}
		argNum++
	}
	if out != nil {
		format = string(out)
	}
	return format, wrapped
}

func sortInts(x []int) {
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && x[j] < x[j-1]; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}
