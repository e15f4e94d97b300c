package main

import (
	"errors"
	"fmt"
	"os"
)

// Panics raised while another panic unwinds: gc prints the whole chain, oldest first, marking
// the ones that were recovered, then exits with status 2. Values of several kinds appear in
// the chain: a string, an int, an error and a named string type.

type Phase string

type Pipeline struct {
	name  string
	steps []string
	log   []string
}

func (p *Pipeline) step(name string, fail bool) {
	p.log = append(p.log, "start "+name)
	defer func() { p.log = append(p.log, "end "+name) }()
	if fail {
		panic(Phase(name))
	}
}

func (p *Pipeline) Run(failAt int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pipeline %s failed in %v", p.name, r)
		}
	}()
	for i, s := range p.steps {
		p.step(s, i == failAt)
	}
	return nil
}

func cleanup(what string, code int) {
	fmt.Fprintln(os.Stderr, "cleanup", what)
	if code != 0 {
		panic(code)
	}
}

func main() {
	p := &Pipeline{name: "build", steps: []string{"fetch", "compile", "link"}}
	fmt.Println(p.Run(-1), p.log)
	p.log = nil
	fmt.Println(p.Run(1), p.log)

	defer func() {
		panic(errors.New("close: device busy"))
	}()
	defer cleanup("temp files", 0)
	defer cleanup("sockets", 7)
	defer func() {
		r := recover()
		fmt.Println("recovered", r, "- but the handler fails too")
		panic(fmt.Sprintf("handler failed after %v", r))
	}()
	p.step("deploy", true)
	fmt.Println("not reached")
}
