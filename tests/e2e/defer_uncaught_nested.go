package main

import "fmt"

type E struct{ msg string }

func (e *E) Error() string { return "E: " + e.msg }

func main() {
	defer func() {
		panic(&E{"in defer"})
	}()
	var p *E
	fmt.Println("before")
	fmt.Println(p.msg)
}
