package main

import "fmt"

// Package-level variables are initialised in dependency order, not source order; init functions
// run after all variables, in source order; several init functions are allowed.

var (
	total    = sum(parts...)
	parts    = []int{a, b, c}
	a        = trace("a", b+1)
	b        = trace("b", 10)
	c        = trace("c", a*2)
	greeting = makeGreeting()
	name     = trace("name-len", len(userName))
	userName = "gopher"
)

var registry = map[string]int{}
var order []string

var (
	x1 = trace("x1", 1)
	x2 = trace("x2", x1+x3)
	x3 = trace("x3", 3)
)

var computed = func() int {
	fmt.Println("init computed closure")
	return len(table)
}()

var table = [...]string{"zero", "one", "two"}

func trace(label string, v int) int {
	fmt.Println("init", label, "=", v)
	order = append(order, label)
	return v
}

func sum(xs ...int) int {
	fmt.Println("init total from", xs)
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func makeGreeting() string {
	fmt.Println("init greeting uses", userName)
	return "hello, " + userName
}

func init() {
	fmt.Println("first init: total =", total)
	registry["first"] = len(registry)
}

func init() {
	fmt.Println("second init: registry =", registry)
	registry["second"] = len(registry)
}

type plugin struct{ name string }

var plugins []plugin

func register(n string) bool {
	plugins = append(plugins, plugin{n})
	return true
}

var _ = register("alpha")
var _ = register("beta")

func init() {
	register("from-init")
}

func main() {
	fmt.Println("main starts")
	fmt.Println(a, b, c, parts, total)
	fmt.Println(greeting, name)
	fmt.Println(x1, x2, x3, computed)
	fmt.Println(registry)
	fmt.Println(order)
	fmt.Println(plugins)
}
