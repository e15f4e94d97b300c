package main

import "fmt"

// An uncaught failed assertion to an interface type: the missing method is named.

type Closer interface {
	Close() error
}

type File struct{ name string }

func (f *File) Read() string { return "data from " + f.name }

type Socket struct{ port int }

func (s *Socket) Read() string { return fmt.Sprint("packet on ", s.port) }
func (s *Socket) Close() error {
	fmt.Println("closing socket", s.port)
	return nil
}

type Reader interface{ Read() string }

func closeAll(rs []Reader) {
	for _, r := range rs {
		fmt.Println(r.Read())
		r.(Closer).Close()
	}
}

func main() {
	closeAll([]Reader{&Socket{80}, &Socket{443}, &File{"notes.txt"}, &Socket{22}})
}
