package main

import (
	"errors"
	"fmt"
	"strings"
)

// Resource management with defer: open/close pairing, errors from Close merged into the result,
// cleanup stacks, and a panic in the middle of work.

type Resource struct {
	name   string
	log    *[]string
	failOn string
}

var opened = map[string]int{}

func Open(name string, log *[]string) (*Resource, error) {
	if strings.HasPrefix(name, "bad") {
		return nil, fmt.Errorf("open %s: no such resource", name)
	}
	opened[name]++
	*log = append(*log, "open "+name)
	return &Resource{name: name, log: log}, nil
}

func (r *Resource) Use(op string) {
	if op == r.failOn {
		panic("operation " + op + " crashed on " + r.name)
	}
	*r.log = append(*r.log, r.name+"."+op)
}

func (r *Resource) Close() error {
	opened[r.name]--
	*r.log = append(*r.log, "close "+r.name)
	if strings.HasSuffix(r.name, "!") {
		return errors.New("close " + r.name + ": flush failed")
	}
	return nil
}

func work(names []string, failOn string) (log []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			if err == nil {
				err = fmt.Errorf("recovered: %v", r)
			} else {
				err = fmt.Errorf("%w; recovered: %v", err, r)
			}
		}
	}()
	for _, n := range names {
		r, oerr := Open(n, &log)
		if oerr != nil {
			return log, oerr
		}
		r.failOn = failOn
		defer func() {
			if cerr := r.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
		r.Use("read")
	}
	for range 1 {
		log = append(log, "all opened")
	}
	return log, nil
}

type Stack struct{ fns []func() }

func (s *Stack) Push(f func()) { s.fns = append(s.fns, f) }
func (s *Stack) Run() {
	for i := len(s.fns) - 1; i >= 0; i-- {
		s.fns[i]()
	}
	s.fns = nil
}

func main() {
	cases := []struct {
		names  []string
		failOn string
	}{
		{[]string{"db", "cache"}, ""},
		{[]string{"db", "bad-disk", "cache"}, ""},
		{[]string{"db", "log!"}, ""},
		{[]string{"db", "net"}, "read"},
	}
	for i, c := range cases {
		log, err := work(c.names, c.failOn)
		fmt.Printf("case %d: err=%v\n", i, err)
		for _, l := range log {
			fmt.Println("   ", l)
		}
	}
	fmt.Println("still open:", opened)

	var st Stack
	defer st.Run()
	for _, n := range []string{"a", "b", "c"} {
		st.Push(func() { fmt.Println("cleanup", n) })
	}
	fmt.Println("main done")
}
