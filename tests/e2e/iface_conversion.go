package main

import (
	"fmt"
	"sort"
	"strings"
)

// Interface-to-interface conversions (implicit widening, explicit assertion to a wider interface),
// interfaces stored in slices, maps and struct fields.

type Named interface{ Name() string }
type Aged interface{ Age() int }
type Person interface {
	Named
	Aged
}
type Greeter interface {
	Named
	Greet(other Named) string
}

type Student struct {
	name string
	age  int
	year int
}

func (s *Student) Name() string { return s.name }
func (s *Student) Age() int     { return s.age }
func (s *Student) Greet(o Named) string {
	return fmt.Sprintf("%s (year %d) greets %s", s.name, s.year, o.Name())
}

type Robot struct{ serial string }

func (r Robot) Name() string { return "robot-" + r.serial }
func (r Robot) Greet(o Named) string {
	return "BEEP " + strings.ToUpper(o.Name())
}

type City string

func (c City) Name() string { return string(c) }

func names(ns []Named) string {
	parts := []string{}
	for _, n := range ns {
		parts = append(parts, n.Name())
	}
	return strings.Join(parts, ",")
}

type Registry struct {
	byName map[string]Named
	order  []string
}

func (r *Registry) Add(n Named) {
	if r.byName == nil {
		r.byName = map[string]Named{}
	}
	r.byName[n.Name()] = n
	r.order = append(r.order, n.Name())
}

func (r *Registry) Greeters() []Greeter {
	var gs []Greeter
	for _, k := range r.order {
		if g, ok := r.byName[k].(Greeter); ok {
			gs = append(gs, g)
		}
	}
	return gs
}

func (r *Registry) TotalAge() int {
	t := 0
	for _, n := range r.byName {
		if a, ok := n.(Aged); ok {
			t += a.Age()
		}
	}
	return t
}

func main() {
	s1 := &Student{"ann", 20, 2}
	s2 := &Student{"bob", 22, 4}
	var p Person = s1
	var n Named = p // Person -> Named
	var a Aged = p
	fmt.Println(n.Name(), a.Age())

	var g Greeter = s2
	fmt.Println(g.Greet(n))
	fmt.Println(Robot{"x1"}.Greet(City("paris")))

	var anyv interface{} = n
	if pp, ok := anyv.(Person); ok {
		fmt.Println("back to Person:", pp.Name(), pp.Age())
	}
	if _, ok := anyv.(Greeter); ok {
		fmt.Println("Student is also a Greeter")
	}

	ns := []Named{s1, s2, Robot{"r2"}, City("oslo"), Robot{"a0"}}
	fmt.Println(names(ns))
	sort.Slice(ns, func(i, j int) bool { return ns[i].Name() < ns[j].Name() })
	fmt.Println(names(ns))

	reg := &Registry{}
	for _, x := range ns {
		reg.Add(x)
	}
	for _, gr := range reg.Greeters() {
		fmt.Println(gr.Greet(City("rome")))
	}
	fmt.Println("total age", reg.TotalAge())

	type Holder struct {
		N Named
		A Aged
	}
	h := Holder{N: City("lima"), A: s2}
	fmt.Println(h.N.Name(), h.A.Age())
	h.A = nil
	fmt.Println(h.A == nil, h.N != nil)
	fmt.Printf("%T %T\n", h.N, s1)

	var nilNamed Named
	var nilAny interface{} = nilNamed
	fmt.Println(nilAny == nil)
	_, ok := nilAny.(Named)
	fmt.Println(ok)
}
