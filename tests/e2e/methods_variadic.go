package main

import "fmt"

type Log struct{ prefix string }

func (l *Log) Printf(format string, args ...any) {
	fmt.Printf(l.prefix+format+"\n", args...)
}
func (l Log) Sum(xs ...int) (t int) {
	for _, x := range xs {
		t += x
	}
	return
}

type Printer interface{ Printf(string, ...any) }

func main() {
	l := &Log{"> "}
	l.Printf("a %d %s", 1, "x")
	l.Printf("none")
	var p Printer = l
	p.Printf("iface %v", []int{1})
	f := l.Printf
	f("value %d", 7)
	fmt.Println(l.Sum(1, 2, 3), Log{}.Sum(), l.Sum([]int{4, 5}...))
	g := Log.Sum
	fmt.Println(g(Log{}, 1, 1))
	h := (*Log).Printf
	h(l, "expr %s", "ok")
}
