package main

import "fmt"

// Method values: x.M bound to its receiver at evaluation time; method expressions T.M and (*T).M.

type Acc struct {
	name  string
	total int
}

func (a Acc) Show() string     { return fmt.Sprintf("%s:%d", a.name, a.total) }
func (a *Acc) Deposit(n int)   { a.total += n }
func (a Acc) Plus(n int) int   { return a.total + n }
func (a *Acc) Rename(s string) { a.name = s }

type Num int

func (n Num) Double() Num   { return n * 2 }
func (n Num) Add(m Num) Num { return n + m }
func (n *Num) Inc()         { *n++ }

func apply(fs []func(int), v int) {
	for _, f := range fs {
		f(v)
	}
}

func main() {
	a := Acc{name: "alice"}
	show := a.Show // receiver copied now
	dep := a.Deposit
	dep(10)
	dep(5)
	fmt.Println(a.Show(), show())

	plus := a.Plus
	a.total = 100
	fmt.Println(plus(1), a.Plus(1))

	b := &Acc{name: "bob"}
	bshow := b.Show // *b copied now
	b.Deposit(7)
	fmt.Println(bshow(), b.Show())

	// method expressions
	showE := Acc.Show
	depE := (*Acc).Deposit
	showPE := (*Acc).Show
	depE(b, 3)
	fmt.Println(showE(*b), showPE(b))
	fmt.Printf("%T\n", showE)
	fmt.Printf("%T\n", depE)

	n := Num(21)
	dbl := n.Double
	n = 1
	fmt.Println(dbl(), n.Double())
	addE := Num.Add
	fmt.Println(addE(2, 3))
	incE := (*Num).Inc
	incE(&n)
	incE(&n)
	fmt.Println(n)

	accs := []*Acc{{name: "x"}, {name: "y"}, {name: "z"}}
	var fs []func(int)
	for _, ac := range accs {
		fs = append(fs, ac.Deposit)
	}
	apply(fs, 4)
	apply(fs[1:], 6)
	for _, ac := range accs {
		fmt.Println(ac.Show())
	}

	ops := map[string]func(Num) Num{
		"double": Num.Double,
		"self":   func(x Num) Num { return x },
	}
	fmt.Println(ops["double"](8), ops["self"](8))

	var renamers []func(string)
	for i := range accs {
		renamers = append(renamers, accs[i].Rename)
	}
	for i, r := range renamers {
		r(fmt.Sprint("acc", i))
	}
	for _, ac := range accs {
		fmt.Print(ac.Show(), " ")
	}
	fmt.Println()

	var f func() string
	fmt.Println(f == nil)
	f = a.Show
	fmt.Println(f != nil, f())
}
