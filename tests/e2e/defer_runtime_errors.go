package main

import (
	"fmt"
	"strings"
)

// Runtime errors are recoverable; their values are errors with gc's messages and a RuntimeError method.

type runtimeError interface {
	error
	RuntimeError()
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Printf("%-16s no panic\n", name)
			return
		}
		re, isRuntime := r.(runtimeError)
		if isRuntime {
			fmt.Printf("%-16s runtime error: %q\n", name, re.Error())
		} else {
			fmt.Printf("%-16s other panic: %v\n", name, r)
		}
		_, isErr := r.(error)
		fmt.Println("                 is error:", isErr, "has prefix:", strings.HasPrefix(fmt.Sprint(r), "runtime error: "))
	}()
	f()
}

type Node struct {
	Val  int
	Next *Node
}

func main() {
	var s []int
	arr := []int{1, 2, 3}
	i := 5
	var m map[string]int
	var np *Node
	var iface interface{} = "str"
	zero := 0

	try("index", func() { _ = arr[i] })
	try("negative index", func() { j := -1; _ = arr[j+0*i] })
	try("nil slice", func() { _ = s[0] })
	try("slice bounds", func() { _ = arr[1:i] })
	try("slice inverted", func() { j := 2; _ = arr[j : 1*j-1] })
	try("string index", func() { _ = "abc"[i] })
	try("div by zero", func() { _ = 10 / zero })
	try("mod by zero", func() { _ = 10 % zero })
	try("nil map write", func() { m["a"] = 1 })
	try("nil deref", func() { _ = np.Val })
	try("nil next", func() { n := &Node{1, nil}; _ = n.Next.Next })
	try("type assert", func() { _ = iface.(int) })
	try("array ptr", func() { var p *[3]int; _ = p[1] })
	try("make negative", func() { n := -1 + 0*i; _ = make([]int, n) })
	try("custom panic", func() { panic("not a runtime error") })
	try("closed over ok", func() { _ = arr[2] })
	try("conversion", func() { _ = [4]int(arr) })
}
