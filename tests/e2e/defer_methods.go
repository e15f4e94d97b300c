package main

import "fmt"

type Resource struct {
	name   string
	closed bool
	log    *[]string
}

func (r *Resource) Close() {
	r.closed = true
	*r.log = append(*r.log, "close "+r.name)
}

func (r Resource) Report(tag string) {
	fmt.Println("report", tag, r.name, r.closed)
}

type Closer interface{ Close() }

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func useResources(log *[]string) (err string) {
	a := &Resource{name: "a", log: log}
	defer a.Close()
	b := &Resource{name: "b", log: log}
	defer b.Close()
	defer a.Report("value receiver copied at defer")
	var c Closer = &Resource{name: "c", log: log}
	defer c.Close()
	c = &Resource{name: "c2", log: log}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint("recovered: ", r)
		}
	}()
	var s Stack
	s.Push(1)
	defer fmt.Println("popped at defer time:", s.Pop())
	s.Pop()
	return "ok"
}

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func loopDefers() (c counter) {
	for i := 0; i < 5; i++ {
		defer c.inc()
	}
	return counter{100}
}

func main() {
	var log []string
	fmt.Println(useResources(&log))
	fmt.Println(log)
	fmt.Println(loopDefers().n)
}
