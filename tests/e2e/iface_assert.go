package main

import (
	"fmt"
	"strconv"
)

// Type assertions: to concrete and interface types, comma-ok forms and recovered panics.

type Animal interface{ Sound() string }
type Walker interface{ Legs() int }
type Swimmer interface{ Swim() string }

type Dog struct{ name string }
type Fish struct{ kind string }
type Duck struct{}

func (d Dog) Sound() string   { return d.name + " says woof" }
func (d Dog) Legs() int       { return 4 }
func (f *Fish) Sound() string { return "..." }
func (f *Fish) Swim() string  { return f.kind + " swims" }
func (Duck) Sound() string    { return "quack" }
func (Duck) Legs() int        { return 2 }
func (Duck) Swim() string     { return "duck paddles" }

func abilities(a Animal) string {
	s := a.Sound()
	if w, ok := a.(Walker); ok {
		s += ", walks on " + strconv.Itoa(w.Legs())
	}
	if sw, ok := a.(Swimmer); ok {
		s += ", " + sw.Swim()
	}
	return s
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func main() {
	zoo := []Animal{Dog{"rex"}, &Fish{"trout"}, Duck{}}
	for _, a := range zoo {
		fmt.Println(abilities(a))
	}

	var a Animal = Dog{"fido"}
	d := a.(Dog)
	fmt.Println(d.name)
	_, ok := a.(Duck)
	fmt.Println("is Duck:", ok)
	f, ok := a.(*Fish)
	fmt.Println(f == nil, ok)

	var x interface{} = 42
	n, ok := x.(int)
	fmt.Println(n, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	i64, ok := x.(int64)
	fmt.Println(i64, ok)

	var st fmt.Stringer
	_, ok = x.(fmt.Stringer)
	fmt.Println(ok, st == nil)

	try("int as string", func() { _ = x.(string) })
	try("Dog as Swimmer", func() { _ = a.(Swimmer) })
	try("nil as int", func() {
		var e interface{}
		_ = e.(int)
	})
	try("nil Animal as Walker", func() {
		var e Animal
		_ = e.(Walker)
	})
	try("Duck as Walker", func() {
		var e Animal = Duck{}
		fmt.Println("legs:", e.(Walker).Legs())
	})
	try("*Fish as Fish-value", func() {
		var e interface{} = &Fish{"cod"}
		_ = e.(Dog)
	})

	values := []interface{}{1, "2", 3.5, int8(4), nil, Dog{"x"}, []int{5}}
	total := 0
	for _, v := range values {
		if n, ok := v.(int); ok {
			total += n
		} else if s, ok := v.(string); ok {
			k, _ := strconv.Atoi(s)
			total += k
		} else if w, ok := v.(Walker); ok {
			total += w.Legs()
		}
	}
	fmt.Println("total", total)
}
