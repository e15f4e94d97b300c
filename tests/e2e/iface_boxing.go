package main

import "fmt"

type Point struct{ X, Y int }
type Celsius float64

func describe(v interface{}) string {
	return fmt.Sprintf("%v (%T)", v, v)
}

// Boxing values of every kind into interface{}; boxed values are copies.
func main() {
	var vals []interface{}
	vals = append(vals, 1, int8(-2), uint16(3), int64(4), uint(5), 2.5, float32(1.25))
	vals = append(vals, "str", true, 'r', byte('b'), Point{1, 2}, Celsius(36.6))
	vals = append(vals, []int{1, 2}, [2]string{"a", "b"}, &Point{3, 4}, nil)
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	// Boxing copies: changing the original does not change the box.
	p := Point{5, 6}
	var box interface{} = p
	p.X = 100
	fmt.Println(box, p)
	arr := [3]int{1, 2, 3}
	var abox any = arr
	arr[0] = 9
	fmt.Println(abox, arr)
	// Interface comparison compares dynamic type and value.
	var a, b interface{} = 3, 3
	var c interface{} = int64(3)
	var d interface{} = "3"
	fmt.Println(a == b, a == c, a == d, a != nil)
	var e interface{}
	fmt.Println(e == nil, e)
	e = Point{1, 2}
	fmt.Println(e == Point{1, 2}, e == interface{}(Point{2, 1}))
	// Reassigning an interface variable to values of different types.
	var x any
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			x = i
		case 1:
			x = "one"
		case 2:
			x = 2.0
		case 3:
			x = []byte("3")
		}
		fmt.Printf("%v %T\n", x, x)
	}
	m := []any{1, "a", nil, 2.5}
	fmt.Println(m, len(m))
	fmt.Println(fmt.Sprint(m...))
}
