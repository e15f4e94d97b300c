package main

import "fmt"

type Set map[string]bool

func (s Set) Add(k string)      { s[k] = true }
func (s Set) Has(k string) bool { return s[k] }
func (s Set) Len() int          { return len(s) }
func (s *Set) Reset()           { *s = Set{} }

type Lener interface{ Len() int }

type Handler func(string) string

func (h Handler) Serve(s string) string { return "[" + h(s) + "]" }

type Server interface{ Serve(string) string }

func main() {
	s := Set{}
	s.Add("a")
	s.Add("b")
	fmt.Println(s.Has("a"), s.Has("z"), s.Len())
	var l Lener = s
	fmt.Println(l.Len())
	s.Reset()
	fmt.Println(s.Len(), l.Len())
	var sv Server = Handler(func(x string) string { return x + x })
	fmt.Println(sv.Serve("ab"))
	f := sv.Serve
	fmt.Println(f("c"))
	var e interface{} = s
	if ln, ok := e.(Lener); ok {
		fmt.Println("lener", ln.Len())
	}
	fmt.Println(Set.Has(Set{"q": true}, "q"))
}
