package main

import (
	"fmt"
	"strings"
)

// Methods on named non-struct types: ints, floats, strings, slices, maps, funcs.

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }
func (c Celsius) String() string  { return fmt.Sprintf("%.1f°C", float64(c)) }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string { return dayNames[d] }
func (d Weekday) Next() Weekday  { return (d + 1) % 7 }
func (d Weekday) Weekend() bool  { return d == Saturday || d == Sunday }

type Path string

func (p Path) Parts() []string { return strings.Split(string(p), "/") }
func (p Path) Base() string {
	parts := p.Parts()
	return parts[len(parts)-1]
}
func (p Path) Join(s string) Path { return Path(string(p) + "/" + s) }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func (l IntList) Map(f func(int) int) IntList {
	out := make(IntList, len(l))
	for i, v := range l {
		out[i] = f(v)
	}
	return out
}

type Set map[string]bool

func (s Set) Add(k string)      { s[k] = true }
func (s Set) Has(k string) bool { return s[k] }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }
func (o Op) Twice(a, b int) int { return o(o(a, b), b) }

type Flags uint8

func (f Flags) Has(b Flags) bool { return f&b != 0 }
func (f *Flags) Set(b Flags)     { *f |= b }
func (f *Flags) Clear(b Flags)   { *f &^= b }

func main() {
	var t Celsius = 100
	fmt.Println(t, t.ToF(), t.ToF().ToC())
	fmt.Println(Celsius(-40).ToF())

	d := Friday
	for i := 0; i < 4; i++ {
		fmt.Println(d, int(d), d.Weekend())
		d = d.Next()
	}
	fmt.Printf("%v %d %s\n", Wednesday, Wednesday, Wednesday)

	p := Path("usr/local/bin")
	fmt.Println(p.Parts(), p.Base(), p.Join("go").Base(), len(p.Parts()))

	var l IntList
	for i := 1; i <= 5; i++ {
		l.Push(i * i)
	}
	fmt.Println(l, l.Sum())
	fmt.Println(l.Map(func(x int) int { return x - 1 }).Sum())

	s := Set{}
	s.Add("go")
	s.Add("c")
	fmt.Println(s.Has("go"), s.Has("rust"), len(s), s)

	add := Op(func(a, b int) int { return a + b })
	mul := Op(func(a, b int) int { return a * b })
	fmt.Println(add.Apply(3, 4), mul.Apply(3, 4), add.Twice(3, 4), mul.Twice(3, 4))

	var f Flags
	f.Set(1)
	f.Set(4)
	fmt.Println(f, f.Has(1), f.Has(2), f.Has(4))
	f.Clear(1)
	fmt.Println(f, f.Has(1))
	fmt.Printf("%08b\n", f)
}
