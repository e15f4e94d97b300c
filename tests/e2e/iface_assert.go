package main

import "fmt"

type Point struct{ X, Y int }
type MyInt int

func kind(v interface{}) string {
	if _, ok := v.(int); ok {
		return "int"
	}
	if s, ok := v.(string); ok {
		return "string of length " + fmt.Sprint(len(s))
	}
	if p, ok := v.(Point); ok {
		return fmt.Sprintf("point at %d,%d", p.X, p.Y)
	}
	if pp, ok := v.(*Point); ok {
		pp.X++
		return "pointer to point"
	}
	if _, ok := v.(MyInt); ok {
		return "MyInt"
	}
	if v == nil {
		return "nil"
	}
	return fmt.Sprintf("other %T", v)
}

// Type assertions x.(T), with the comma-ok form and with the value assigned.
func main() {
	var i interface{} = 42
	n := i.(int)
	fmt.Println(n + 1)
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	p := &Point{1, 2}
	vals := []interface{}{1, "hello", Point{3, 4}, p, MyInt(5), nil, 2.5, int32(1)}
	for _, v := range vals {
		fmt.Println(kind(v))
	}
	fmt.Println(p.X)
	var x any = MyInt(7)
	if m, ok := x.(MyInt); ok {
		fmt.Println("MyInt", m*2)
	}
	if _, ok := x.(int); !ok {
		fmt.Println("MyInt is not int")
	}
	var y any = []int{1, 2, 3}
	sl := y.([]int)
	sl[0] = 100
	fmt.Println(y)
	var z any
	_, ok = z.(int)
	fmt.Println(ok)
	var w any = "x"
	str := w.(string) + "y"
	fmt.Println(str)
	var fn any = func(a int) int { return a * 3 }
	if g, ok := fn.(func(int) int); ok {
		fmt.Println(g(14))
	}
}
