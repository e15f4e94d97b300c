package main

import (
	"fmt"
	"os"
)

type MyErr struct {
	Code int
}

func (e MyErr) Error() string { return fmt.Sprintf("my error %d", e.Code) }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Println(name, "no panic")
			return
		}
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error %T: %v\n", name, r, err.Error())
			return
		}
		fmt.Printf("%s: %T %v\n", name, r, r)
	}()
	f()
}

func main() {
	var s []int
	var p *MyErr
	var m map[string]int
	zero := 0
	try("index", func() { _ = s[3] })
	try("neg index", func() { i := -1; _ = s[i] })
	try("slice", func() { _ = s[1:5] })
	try("nil deref", func() { fmt.Println(p.Code) })
	try("divide", func() { fmt.Println(10 / zero) })
	try("modulo", func() { fmt.Println(10 % zero) })
	try("nil map", func() { m["a"] = 1 })
	try("string", func() { panic("boom") })
	try("int", func() { panic(42) })
	try("custom", func() { panic(MyErr{7}) })
	try("fmt error", func() { panic(fmt.Errorf("wrapped: %w", MyErr{8})) })
	try("none", func() {})
	try("assert", func() { var x any = "s"; _ = x.(int) })
	try("str index", func() { str := "abc"; i := 5; _ = str[i] })
	try("conversion", func() { n := -1; _ = make([]int, n) })
	try("nested", func() {
		defer func() {
			fmt.Println("inner recovered:", recover())
			panic("second")
		}()
		panic("first")
	})
	try("helper recover", func() {
		defer func() { helper() }()
		panic("not recovered by helper")
	})
	fmt.Fprintln(os.Stderr, "done")
}

func helper() {
	if r := recover(); r != nil {
		fmt.Println("helper must not recover", r)
	}
}
