package main

import (
	"fmt"
	"strings"
)

// Embedded interfaces in interfaces and in structs; overriding a method of an embedded interface.

type Reader interface {
	Read() (string, bool)
}

type Writer interface {
	Write(s string) int
}

type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct {
	data []string
	pos  int
}

func (b *Buffer) Read() (string, bool) {
	if b.pos >= len(b.data) {
		return "", false
	}
	s := b.data[b.pos]
	b.pos++
	return s, true
}

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

// UpperWriter wraps any Writer (embedded interface field) and overrides Write.
type UpperWriter struct {
	Writer
	count int
}

func (u *UpperWriter) Write(s string) int {
	u.count++
	return u.Writer.Write(strings.ToUpper(s))
}

// Counting embeds a ReadWriter and only overrides Read.
type Counting struct {
	ReadWriter
	reads int
}

func (c *Counting) Read() (string, bool) {
	s, ok := c.ReadWriter.Read()
	if ok {
		c.reads++
	}
	return s, ok
}

func drain(r Reader) []string {
	var out []string
	for {
		s, ok := r.Read()
		if !ok {
			return out
		}
		out = append(out, s)
	}
}

func fill(w Writer, words ...string) int {
	n := 0
	for _, s := range words {
		n += w.Write(s)
	}
	return n
}

func main() {
	b := &Buffer{}
	var rw ReadWriter = b
	fmt.Println(fill(rw, "alpha", "beta"))
	var w Writer = rw
	var r Reader = rw
	fmt.Println(fill(w, "gamma"), len(b.data))
	fmt.Println(drain(r))

	b2 := &Buffer{}
	u := &UpperWriter{Writer: b2}
	fill(u, "hello", "world")
	fmt.Println(b2.data, u.count)

	c := &Counting{ReadWriter: &Buffer{}}
	fill(c, "one", "two", "three")
	got := drain(c)
	fmt.Println(got, c.reads)

	var rw2 ReadWriter = c
	rw2.Write("four")
	s, ok := rw2.Read()
	fmt.Println(s, ok, c.reads)
	s, ok = rw2.Read()
	fmt.Printf("%q %v\n", s, ok)

	// a nil embedded interface: calling through it panics; recover to show it
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		var empty UpperWriter
		empty.Write("x")
	}()

	var wr Writer = &UpperWriter{Writer: &Buffer{}}
	if _, isReader := wr.(Reader); !isReader {
		fmt.Println("UpperWriter is not a Reader")
	}
	if rwc, ok := Writer(c).(ReadWriter); ok {
		fmt.Printf("Counting is a ReadWriter: %T\n", rwc)
	}
}
