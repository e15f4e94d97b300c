package main

import "fmt"

type Point struct{ X, Y int }
type Wrapper struct {
	Name  string
	P     Point
	Ratio float64
	Ok    bool
	List  []int
	Arr   [2]string
	Any   interface{}
}

// How fmt.Println and fmt.Print format composite values.
func main() {
	fmt.Println([]int{1, 2, 3}, []string{"a", "b"}, [3]bool{true})
	fmt.Println([]float64{1, 2.5, 1e21}, []byte("hi"), []rune("hi"))
	fmt.Println(Point{1, -2}, &Point{3, 4})
	w := Wrapper{Name: "w", P: Point{5, 6}, Ratio: 0.5, Ok: true, List: []int{7}, Arr: [2]string{"x", ""}, Any: 3}
	fmt.Println(w)
	fmt.Printf("%v\n%+v\n", w, w)
	var nilSlice []int
	var nilAny interface{}
	fmt.Println(nilSlice, nilAny, [][]int{{1}, nil, {}})
	fmt.Println("a", 1, 2, "b", 3.0, "c")
	fmt.Print("a", 1, 2, "b", 3.0, "c", "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", "y", "\n")
	fmt.Print(true, false, "\n")
	fmt.Println(int8(-5), uint8(250), int16(-300), uint32(7), uintptr(8))
	fmt.Println(float32(0.3), 0.3, float32(16777217), 1e-5, 123456.789)
	fmt.Println(1e20, 1e21, 12345678.0, 0.000001, 0.0000001)
	fmt.Println('a', "a"[0], string('a'))
	fmt.Println(struct{}{}, [0]int{}, []struct{ A int }{{1}, {2}})
	fmt.Println(fmt.Sprintln("x", 1), fmt.Sprint("x", 1))
}
