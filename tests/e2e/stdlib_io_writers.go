package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
)

// countingWriter counts bytes and lines written through it.
type countingWriter struct {
	w     io.Writer
	bytes int
	lines int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	for _, b := range p {
		if b == '\n' {
			c.lines++
		}
	}
	return c.w.Write(p)
}

// failWriter fails after a budget of bytes.
type failWriter struct{ budget int }

var errFull = errors.New("writer full")

func (f *failWriter) Write(p []byte) (int, error) {
	if len(p) > f.budget {
		n := f.budget
		f.budget = 0
		return n, errFull
	}
	f.budget -= len(p)
	return len(p), nil
}

type upper struct{ sb strings.Builder }

func (u *upper) Write(p []byte) (int, error) {
	return u.sb.WriteString(strings.ToUpper(string(p)))
}

func table(w io.Writer, rows [][]string) {
	for _, r := range rows {
		for i, c := range r {
			if i > 0 {
				io.WriteString(w, " | ")
			}
			fmt.Fprintf(w, "%-6s", c)
		}
		fmt.Fprintln(w)
	}
}

func classify(f func()) (msg string) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			msg = "runtime error: " + re.Error()
			return
		}
		if e, ok := r.(error); ok {
			msg = "error: " + e.Error()
			return
		}
		msg = fmt.Sprint("value: ", r)
	}()
	f()
	return "no panic"
}

func main() {
	cw := &countingWriter{w: os.Stdout}
	table(cw, [][]string{{"name", "qty"}, {"apple", "3"}, {"pear", "12"}})
	fmt.Fprintf(cw, "%d bytes, %d lines so far\n", cw.bytes, cw.lines)
	fmt.Println("counted:", cw.bytes, cw.lines)

	fw := &failWriter{budget: 10}
	n, err := fmt.Fprintf(fw, "%s", "0123456")
	fmt.Println(n, err)
	n, err = fmt.Fprintln(fw, "abcdef")
	fmt.Println(n, err, err == errFull, errors.Is(err, errFull))

	u := &upper{}
	fmt.Fprint(u, "mixed Case ", 42, " ", true)
	fmt.Println(u.sb.String())

	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d]", i*i)
	}
	io.WriteString(&sb, "!")
	fmt.Println(sb.String(), sb.Len())

	n, err = os.Stdout.WriteString("direct to stdout\n")
	fmt.Println(n, err)
	n, err = io.WriteString(os.Stdout, "via io.WriteString\n")
	fmt.Println(n, err)
	n, err = io.Discard.Write([]byte("gone"))
	fmt.Println(n, err)
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdout.Fd())

	fmt.Fprintln(os.Stderr, "to stderr", 1, 2.5)
	fmt.Fprintf(os.Stderr, "%q\n", "quoted")
	println("println goes to stderr too")

	var w io.Writer = os.Stdout
	if _, ok := w.(io.StringWriter); ok {
		fmt.Println("os.Stdout is a StringWriter")
	}
	fmt.Printf("%T %T\n", w, io.EOF)

	var xs []int
	var m map[string]int
	var p *countingWriter
	fmt.Println(classify(func() { _ = xs[3] }))
	fmt.Println(classify(func() { m["a"] = 1 }))
	fmt.Println(classify(func() { _ = p.bytes }))
	fmt.Println(classify(func() { panic(errFull) }))
	fmt.Println(classify(func() { panic(7) }))
	fmt.Println(classify(func() {}))
}
