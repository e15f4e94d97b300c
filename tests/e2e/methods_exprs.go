package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }
func (b *Base) Inc(n int)       { b.ID += n }

type Pair struct {
	Base
	K string
}

type Acc struct{ n int }

func (a Acc) Show() string { return fmt.Sprint("acc=", a.n) }
func (a *Acc) Add(k int)   { a.n += k }

type Namer interface{ Name() string }
type T struct{ s string }

func (t T) Name() string { return t.s }

type IntList []int

func (l IntList) Len() int { return len(l) }

type Op func(int) int

func (o Op) Twice(x int) int { return o(o(x)) }

func main() {
	f := Pair.Describe
	fmt.Println(f(Pair{Base{3}, "k"}))
	g := (*Acc).Show
	a := &Acc{5}
	fmt.Println(g(a))
	h := (*Acc).Add
	h(a, 10)
	fmt.Println(a.Show())
	inc := (*Pair).Inc
	p := &Pair{Base{1}, "x"}
	inc(p, 41)
	fmt.Println(p.ID, p.Describe())
	nm := Namer.Name
	fmt.Println(nm(T{"tee"}))
	fmt.Println(IntList{1, 2, 3}.Len())
	var dbl Op = func(x int) int { return x * 2 }
	fmt.Println(dbl.Twice(5))
	var x interface{ Twice(int) int } = dbl
	fmt.Println(x.Twice(7))
	var l interface{ Len() int } = IntList{4, 5}
	fmt.Println(l.Len())
	fmt.Printf("%v %d\n", p, p.ID)
	type local struct{ Base }
	lo := local{Base{9}}
	fmt.Println(lo.Describe())
	var d interface{ Describe() string } = lo
	fmt.Println(d.Describe())
	var dp interface{ Inc(int) } = &lo
	dp.Inc(1)
	fmt.Println(lo.ID)
}
