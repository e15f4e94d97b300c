// calls.go: functions for `gosub run -jit -call` (run_calls.sh, calls.txt).
// Every kind of argument and result -call handles appears here.
package main

import (
	"fmt"
	"strconv"
)

type Point struct {
	X, Y int
}

type Person struct {
	Name string
	Age  int
	Tags []string
	At   Point
}

type Celsius float64

var greeting = "hello"

var table = []int{10, 20, 30}

func init() {
	table = append(table, 40)
}

func Add(a, b int) int { return a + b }

func Neg(x int64) int64 { return -x }

func Small(a int8, b uint8, c int16, d uint16, e int32, f uint32) (int8, uint8, int16, uint16, int32, uint32) {
	return a + 1, b + 1, c + 1, d + 1, e + 1, f + 1
}

func Big(u uint64) uint64 { return u / 2 }

func Half(f float64) float64 { return f / 2 }

func Third(f float32) float32 { return f / 3 }

func Warm(c Celsius) Celsius { return c + 10 }

func Not(b bool) bool { return !b }

func Greet(name string) string { return greeting + ", " + name + "!" }

func Len(s string) int { return len(s) }

func Sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func Total(xs ...int) int { return Sum(xs) }

func Join(parts []string, sep string) string {
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += sep
		}
		s += p
	}
	return s
}

func Squares(n int) []int {
	var s []int
	for i := 1; i <= n; i++ {
		s = append(s, i*i)
	}
	return s
}

func Reverse(a [3]int) [3]int { return [3]int{a[2], a[1], a[0]} }

func Swap(p Point) Point { return Point{p.Y, p.X} }

func Dist2(a, b Point) int {
	dx, dy := a.X-b.X, a.Y-b.Y
	return dx*dx + dy*dy
}

func Centroid(ps []Point) (Point, int) {
	var c Point
	for _, p := range ps {
		c.X += p.X
		c.Y += p.Y
	}
	if len(ps) > 0 {
		c.X /= len(ps)
		c.Y /= len(ps)
	}
	return c, len(ps)
}

func Birthday(p Person) Person {
	p.Age++
	p.Tags = append(p.Tags, "older")
	return p
}

func DivMod(a, b int) (int, int) { return a / b, a % b }

func Parse(s string) (int, error) { return strconv.Atoi(s) }

func Describe(n int) (string, bool, float64) {
	return fmt.Sprintf("n=%d", n), n%2 == 0, float64(n) / 4
}

func Table() []int { return table }

func Fib(n int) int {
	if n < 2 {
		return n
	}
	return Fib(n-1) + Fib(n-2)
}

func Garbage(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		s := make([]int, 100)
		s[i%100] = i
		total += len(s)
	}
	return total
}

func Rune(r rune) string { return string(r) }

func PtrTo(x int) *int { return &x }

func Nothing() {}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func Warmer(t Temp) Temp { return t + 1 }

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

func Pick(n int) Shape {
	if n > 0 {
		return Square{float64(n)}
	}
	return nil
}

func Counts(words []string) map[string]int {
	m := map[string]int{}
	for _, w := range words {
		m[w]++
	}
	return m
}

func Deref(p *int) int { return *p }

func Boom(msg string) int { panic("boom: " + msg) }

func Index(xs []int, i int) int { return xs[i] }

func Rotate(x, y float64) (complex128, complex64) { return complex(x, y) * 1i, complex64(complex(y, x)) }

func Conj(z complex128) complex128 { return complex(real(z), -imag(z)) }

func main() {
	fmt.Println(Add(1, 2))
}
