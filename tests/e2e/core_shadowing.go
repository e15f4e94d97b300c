package main

import (
	"errors"
	"fmt"
	"strconv"
)

// Shadowing: := in inner scopes, if/switch/for headers, function parameters, package names,
// predeclared identifiers, and the classic err-shadowing bug.

var x = "package x"

func shadowParam(x int) int {
	{
		x := x * 2
		x++
		_ = x
	}
	return x
}

func find(m map[string]int, k string) (v int, err error) {
	if v, ok := m[k]; ok {
		return v * 10, nil // inner v
	}
	return v, errors.New("missing " + k)
}

func buggy() (err error) {
	if true {
		_, err := strconv.Atoi("not a number") // shadows the named result
		_ = err
	}
	return err // still nil
}

func main() {
	fmt.Println(x)
	x := 1
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		{
			x := 3.5
			fmt.Println(x)
		}
		fmt.Println(x)
	}
	fmt.Println(x)

	if x := x + 10; x > 5 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}

	switch x := "sw"; x {
	case "sw":
		x := x + "!"
		fmt.Println(x)
	}

	for x := 0; x < 2; x++ {
		x := x * 100
		fmt.Println("loop", x)
	}
	fmt.Println(x)

	fmt.Println(shadowParam(5))
	fmt.Println(find(map[string]int{"a": 1}, "a"))
	fmt.Println(find(map[string]int{"a": 1}, "b"))
	fmt.Println(buggy())

	// shadowing predeclared identifiers
	{
		len := func(s string) int { return 42 }
		true := false
		nil := 0
		fmt.Println(len("abc"), true, nil)
	}
	fmt.Println(len("abc"), true)

	// shadowing a package name
	{
		fmt := "not the package"
		_ = fmt
	}
	// closures capture the variable in scope where they are created
	v := 1
	get1 := func() int { return v }
	{
		v := 2
		get2 := func() int { return v }
		v = 20
		fmt.Println(get1(), get2())
	}
	v = 10
	fmt.Println(get1())

	type int32 = string // a type alias that shadows a predeclared type name
	var s int32 = "aliased"
	fmt.Println(s)

	a, b := 1, 2
	{
		a, c := 10, 30 // a is new here
		b = a + c
		_ = a
	}
	fmt.Println(a, b)
}
