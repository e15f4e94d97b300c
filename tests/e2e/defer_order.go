package main

import "fmt"

// Deferred calls run LIFO at function exit; arguments and receivers are evaluated at the defer.

type Res struct{ name string }

func (r Res) Close()   { fmt.Println("close (value)", r.name) }
func (r *Res) CloseP() { fmt.Println("close (pointer)", r.name) }
func trace(s string) string {
	fmt.Println("enter", s)
	return s
}
func un(s string) { fmt.Println("leave", s) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func loop() {
	for i := range 4 {
		defer fmt.Println("loop defer", i)
	}
	fmt.Println("loop body done")
}

func args() {
	x := 1
	defer fmt.Println("deferred x =", x) // 1
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
	defer func(v int) { fmt.Println("param v =", v) }(x * 10)
	x = 3
}

func receivers() {
	r := Res{"first"}
	defer r.Close() // receiver copied now
	defer r.CloseP()
	r.name = "second"
	p := &Res{"ptr"}
	defer p.Close() // *p copied now
	p.name = "ptr-changed"
}

func early(n int) int {
	defer fmt.Println("early exit with n =", n)
	if n > 5 {
		return n * 2
	}
	defer fmt.Println("small n path")
	return n
}

func methodValue() {
	r := &Res{"mv"}
	f := r.CloseP
	defer f()
	r.name = "mv-renamed"
	var fn func()
	fn = func() { fmt.Println("fn v1") }
	defer fn()
	fn = func() { fmt.Println("fn v2") }
}

func counter() (count int) {
	for i := range 3 {
		defer func() { count += i }()
	}
	return 100
}

func main() {
	defer fmt.Println("main's last words")
	nested()
	loop()
	args()
	receivers()
	fmt.Println(early(3))
	fmt.Println(early(9))
	methodValue()
	fmt.Println("counter:", counter())
	func() {
		defer fmt.Println("inner literal deferred")
		fmt.Println("inner literal body")
	}()
	fmt.Println("end of main body")
}
