package main

import (
	"fmt"
	"strings"
)

// Embedding by pointer and by value: promoted pointer-receiver methods through an embedded
// value need an addressable outer value; embedded pointers share state between outer values;
// method sets of the outer type decide interface satisfaction.

type Counter struct {
	n    int
	name string
}

func (c *Counter) Inc() int     { c.n++; return c.n }
func (c Counter) Value() int    { return c.n }
func (c Counter) Label() string { return c.name + "=" + fmt.Sprint(c.n) }

type Incer interface{ Inc() int }
type Valuer interface{ Value() int }

type ByValue struct {
	Counter
	tag string
}

type ByPointer struct {
	*Counter
	tag string
}

type Audit struct {
	entries []string
}

func (a *Audit) Log(format string, args ...any) {
	a.entries = append(a.entries, fmt.Sprintf(format, args...))
}

type Account struct {
	*Audit
	Counter
	Owner string
}

func (a *Account) Touch() {
	a.Inc()
	a.Log("%s touched (%d)", a.Owner, a.Value())
}

func main() {
	v := ByValue{Counter{name: "v"}, "value"}
	v.Inc() // (&v.Counter).Inc()
	v.Inc()
	fmt.Println(v.Value(), v.Label())

	copyV := v
	copyV.Inc()
	fmt.Println(v.Value(), copyV.Value()) // separate counters

	shared := &Counter{name: "shared"}
	p1 := ByPointer{shared, "one"}
	p2 := ByPointer{shared, "two"}
	p1.Inc()
	p2.Inc()
	p2.Inc()
	fmt.Println(p1.Value(), p2.Value(), shared.Label())

	// method sets: ByValue has Value only; *ByValue has Inc too; ByPointer has both
	var vs []Valuer = []Valuer{v, &v, p1, &p2}
	for _, x := range vs {
		_, canInc := x.(Incer)
		fmt.Printf("%-14T value=%d incer=%v\n", x, x.Value(), canInc)
	}
	var inc Incer = p1 // a ByPointer value is enough
	inc.Inc()
	fmt.Println(shared.n)
	inc = &v
	inc.Inc()
	fmt.Println(v.n)

	audit := &Audit{}
	accts := []*Account{
		{Audit: audit, Counter: Counter{name: "a"}, Owner: "ann"},
		{Audit: audit, Counter: Counter{name: "b"}, Owner: "bob"},
	}
	for i := range 5 {
		accts[i%2].Touch()
	}
	fmt.Println(strings.Join(audit.entries, "\n"))
	fmt.Println(accts[0].Label(), accts[1].Label(), len(accts[0].entries), accts[0].Audit == accts[1].Audit)

	// a nil embedded pointer: promoted field access panics, recovered here
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var bp ByPointer
		fmt.Println(bp.tag == "")
		fmt.Println(bp.Value())
	}()
	// method value through an embedded pointer binds the pointer
	inc2 := p1.Inc
	p1.Counter = &Counter{name: "other"}
	inc2()
	fmt.Println(shared.n, p1.n)
}
