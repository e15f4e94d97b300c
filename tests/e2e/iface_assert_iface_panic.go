package main

import (
	"fmt"
	"strings"
)

// An uncaught failed assertion to an interface type: gc names the missing method.

type Closer interface {
	Close() error
}

type Reader interface{ Read() string }

type File struct{ name string }

func (f *File) Read() string { return "data from " + f.name }

type Socket struct {
	port   int
	closed bool
}

func (s *Socket) Read() string { return fmt.Sprint("packet on ", s.port) }
func (s *Socket) Close() error {
	if s.closed {
		return fmt.Errorf("socket %d already closed", s.port)
	}
	s.closed = true
	fmt.Println("closing socket", s.port)
	return nil
}

type Pipe struct{ buf []string }

func (p *Pipe) Read() string { return strings.Join(p.buf, "+") }
func (p *Pipe) Close() error { p.buf = nil; return nil }

// closeAll trusts that every Reader is also a Closer: the unchecked assertion panics.
func closeAll(rs []Reader) {
	for _, r := range rs {
		fmt.Println(r.Read())
		if err := r.(Closer).Close(); err != nil {
			fmt.Println("close error:", err)
		}
	}
}

func main() {
	s := &Socket{port: 80}
	rs := []Reader{s, &Pipe{[]string{"a", "b"}}, s, &Socket{port: 443}, &File{"notes.txt"}, &Socket{port: 22}}
	for _, r := range rs {
		_, ok := r.(Closer)
		fmt.Printf("%T closer=%v\n", r, ok)
	}
	closeAll(rs)
}
