package main

import "fmt"

type pair struct{ a, b int }

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	x := 10
	defer fmt.Println("x at defer time:", x)
	x = 20
	defer func() { fmt.Println("x in closure:", x) }()
	x = 30
}

func named() (n int, s string) {
	defer func() {
		n *= 2
		s += " world"
	}()
	n = 21
	return n, "hello"
}

func bare() (total int) {
	defer func() { total += 100 }()
	total = 5
	return
}

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func args() {
	next := counter()
	defer fmt.Println("args:", next(), next())
	fmt.Println("after defer:", next())
}

func structArg() {
	p := pair{1, 2}
	defer func(q pair) { fmt.Println("struct arg:", q.a, q.b) }(p)
	p.a = 100
	var big [100]int
	big[7] = 7
	defer func(b [100]int) { fmt.Println("big arg:", b[7], len(b)) }(big)
	big[7] = 8
}

func multi() (int, int) { return 3, 4 }

func add(a, b int) { fmt.Println("multi sum:", a+b) }

func funcValue() {
	f := func(s string) { fmt.Println("func value:", s) }
	defer f("first f")
	f = func(s string) { fmt.Println("replaced:", s) }
	defer add(multi())
}

func early(n int) int {
	defer fmt.Println("early defer", n)
	if n > 0 {
		return n * 10
	}
	defer fmt.Println("second defer")
	return -1
}

func builtinDefer() {
	defer println("println deferred")
	defer fmt.Print("print", " deferred\n")
}

type logger struct{ prefix string }

func nilFunc() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	var f func()
	defer f()
	return "unreached?"
}

func main() {
	order()
	fmt.Println(named())
	fmt.Println(bare())
	args()
	structArg()
	funcValue()
	fmt.Println(early(3))
	fmt.Println(early(0))
	builtinDefer()
	fmt.Println(nilFunc())
}
