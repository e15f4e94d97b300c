package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
type Circ struct{ r float64 }
type Named interface{ Name() string }

func (q Sq) Area() float64    { return q.s * q.s }
func (q Sq) Name() string     { return "square" }
func (c *Circ) Area() float64 { return 3 * c.r * c.r }

type MyInt int
type Pair [2]int
type Fn func(int) int

func get(i int) interface{} {
	switch i {
	case 0:
		return nil
	case 1:
		return Sq{2}
	case 2:
		return &Circ{1}
	case 3:
		return MyInt(5)
	case 4:
		return Pair{1, 2}
	case 5:
		return Fn(func(x int) int { return x * 3 })
	case 6:
		return []string{"a", "b"}
	case 7:
		return &[]int{1}
	case 8:
		return struct{ X int }{9}
	case 9:
		return 'x'
	case 10:
		return uint8(200)
	}
	return 1.5
}

func kind(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case Named:
		return "named " + x.Name()
	case Shape:
		return fmt.Sprintf("shape %.1f", x.Area())
	case MyInt, int:
		return fmt.Sprintf("int-ish %v", x)
	case Pair:
		return fmt.Sprint("pair ", x[0]+x[1])
	case Fn:
		return fmt.Sprint("fn ", x(7))
	case []string:
		return fmt.Sprint("strings ", len(x))
	case *[]int:
		return fmt.Sprint("ptr slice ", len(*x))
	case struct{ X int }:
		return fmt.Sprint("anon ", x.X)
	case rune:
		return "rune " + string(x)
	case byte:
		return fmt.Sprint("byte ", x)
	default:
		return fmt.Sprintf("default %T", x)
	}
}

func main() {
	for i := 0; i <= 11; i++ {
		fmt.Println(i, kind(get(i)))
	}
	count := 0
outer:
	for i := 0; i < 12; i++ {
		switch get(i).(type) {
		case Shape:
			count++
			if count == 2 {
				break outer
			}
			continue
		case nil:
			break
		default:
			count += 10
		}
	}
	fmt.Println("count", count)
	var s Shape = Sq{3}
	switch t := s.(type) {
	case *Circ:
		fmt.Println("circ", t.r)
	case Sq:
		fmt.Println("sq", t.s, t.Name())
	}
	switch x := get(3); y := x.(type) {
	case MyInt:
		fmt.Println("init stmt", y+1, x)
	}
	var e interface{} = Sq{1}
	switch e.(type) {
	case fmt.Stringer:
		fmt.Println("stringer")
	case interface{ Area() float64 }:
		fmt.Println("anonymous iface")
	}
}
