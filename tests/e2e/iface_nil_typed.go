package main

import (
	"errors"
	"fmt"
)

// nil interfaces versus interfaces holding a typed nil pointer; methods on nil receivers.

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.msg
}

func mayFail(fail bool) *MyErr {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func badWrapper(fail bool) error {
	return mayFail(fail) // typed nil escapes into an interface
}

func goodWrapper(fail bool) error {
	if e := mayFail(fail); e != nil {
		return e
	}
	return nil
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

type Summer interface{ Sum() int }

func describe(i interface{}) string {
	if i == nil {
		return "nil interface"
	}
	return fmt.Sprintf("non-nil interface holding %T (%v)", i, i)
}

func main() {
	e1 := badWrapper(false)
	e2 := goodWrapper(false)
	fmt.Println(e1 == nil, e2 == nil)
	fmt.Println(describe(e1))
	fmt.Println(describe(e2))
	fmt.Println(e1.Error())
	fmt.Println(e1)
	fmt.Println(badWrapper(true), goodWrapper(true))

	var me *MyErr
	fmt.Println(errors.As(e1, &me), me == nil)

	var t *Tree
	fmt.Println(t.Sum())
	for _, v := range []int{5, 3, 8, 1, 4} {
		t = t.Insert(v)
	}
	fmt.Println(t.Sum(), t.Left.Sum(), t.Right.Sum())

	var s Summer
	fmt.Println(s == nil)
	var nt *Tree
	s = nt
	fmt.Println(s == nil, s.Sum())
	s = t
	fmt.Println(s.Sum())

	var i interface{}
	fmt.Println(describe(i))
	i = (*int)(nil)
	fmt.Println(describe(i))
	i = []int(nil)
	fmt.Println(describe(i), i == nil)
	var fn func()
	i = fn
	fmt.Println(i == nil, fn == nil)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var s2 Summer
		s2.Sum()
	}()
	fmt.Printf("%v %T\n", nil, nil)
	fmt.Printf("%v %T\n", e1, e1)
}
