package main

import "fmt"

// Shadowing through embedding: the shallowest field or method wins; explicit selectors reach the rest.

type Engine struct {
	Power int
	Name  string
}

func (e Engine) Start() string { return "engine " + e.Name + " starts" }
func (e Engine) Info() string  { return fmt.Sprintf("engine %d hp", e.Power) }

type Radio struct {
	Name    string
	Station float64
}

func (r Radio) Info() string { return fmt.Sprintf("radio %.1f", r.Station) }
func (r Radio) Play() string { return "playing " + r.Name }

type Car struct {
	Engine
	Radio
	Name string // shadows Engine.Name and Radio.Name
}

// Car.Info would be ambiguous between Engine and Radio; define it to resolve.
func (c Car) Info() string {
	return c.Name + ": " + c.Engine.Info() + ", " + c.Radio.Info()
}

type SportsCar struct {
	Car
	Turbo bool
}

func (s SportsCar) Start() string {
	if s.Turbo {
		return "turbo " + s.Car.Start()
	}
	return s.Car.Start()
}

type Inner struct{ V int }

func (i Inner) Get() int { return i.V }

type Middle struct {
	Inner
	V int
}

type Outer struct {
	Middle
}

func main() {
	c := Car{
		Engine: Engine{Power: 150, Name: "V6"},
		Radio:  Radio{Name: "FM", Station: 101.5},
		Name:   "sedan",
	}
	fmt.Println(c.Name, c.Engine.Name, c.Radio.Name)
	fmt.Println(c.Start())
	fmt.Println(c.Play())
	fmt.Println(c.Info())
	fmt.Println(c.Power, c.Station)

	s := SportsCar{Car: c, Turbo: true}
	s.Name = "racer"
	s.Engine.Name = "V8"
	fmt.Println(s.Start())
	s.Turbo = false
	fmt.Println(s.Start())
	fmt.Println(s.Info())
	fmt.Println(s.Car.Car_name())

	o := Outer{Middle{Inner{1}, 2}}
	fmt.Println(o.V, o.Inner.V, o.Middle.V, o.Get())
	o.V = 20
	o.Inner.V = 10
	fmt.Println(o.V, o.Get())
	fmt.Printf("%+v\n", o)

	type Starter interface{ Start() string }
	starters := []Starter{c, s, c.Engine, &s}
	for _, st := range starters {
		fmt.Printf("%T: %s\n", st, st.Start())
	}
}

func (c Car) Car_name() string { return "car named " + c.Name }
