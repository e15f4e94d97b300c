package main

import (
	"fmt"
	"os"
	"strconv"
)

// os.Exit ends the program at once with its status: deferred calls do not run.

type Report struct {
	errors   []string
	warnings int
}

func (r *Report) Check(name, value string) {
	n, err := strconv.Atoi(value)
	switch {
	case err != nil:
		r.errors = append(r.errors, fmt.Sprintf("%s: %v", name, err))
	case n < 0:
		r.errors = append(r.errors, fmt.Sprintf("%s: negative value %d", name, n))
	case n > 1000:
		r.warnings++
		fmt.Println("warning:", name, "is large:", n)
	default:
		fmt.Println(name, "=", n)
	}
}

func finish(r *Report) {
	defer fmt.Println("finish: deferred, never printed")
	if len(r.errors) > 0 {
		for _, e := range r.errors {
			fmt.Fprintln(os.Stderr, "error:", e)
		}
		fmt.Fprintf(os.Stderr, "%d error(s), %d warning(s)\n", len(r.errors), r.warnings)
		os.Exit(3)
	}
	fmt.Println("all good")
}

func main() {
	defer fmt.Println("main: deferred, never printed")
	r := &Report{}
	inputs := [][2]string{
		{"width", "640"},
		{"height", "480"},
		{"depth", "x24"},
		{"frames", "99999"},
		{"offset", "-3"},
		{"big", "99999999999999999999"},
	}
	for _, in := range inputs {
		r.Check(in[0], in[1])
	}
	finish(r)
	fmt.Println("not reached")
}
