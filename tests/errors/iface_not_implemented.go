package main

import "fmt"

type Stringer interface {
	String() string
}

type Reader interface {
	Read(p []byte) (int, error)
	Close() error
}

type Num int

func (n *Num) String() string { return fmt.Sprint(int(*n)) }

type File struct{}

func (f File) Read(p []byte) (int, error) { return 0, nil }

func show(s Stringer) { fmt.Println(s.String()) }

func main() {
	var n Num = 3
	show(n)
	var r Reader
	r = File{}
	var s Stringer = 5
	fmt.Println(r, s)
}
