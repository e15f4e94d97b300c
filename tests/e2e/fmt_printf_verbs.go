package main

import "fmt"

type Point struct{ X, Y int }
type Temp float64

// Printf verbs: %d %s %v %+v %t %f %.Nf %c %q %x %T and %%.
func main() {
	fmt.Printf("%d %d %d %d\n", 42, -42, int8(-8), uint64(18446744073709551615))
	fmt.Printf("%s|%s|%s\n", "plain", "", "ünïcode")
	fmt.Printf("%v %v %v %v %v\n", 1, "s", true, 2.5, Point{1, 2})
	fmt.Printf("%+v %+v\n", Point{1, 2}, []Point{{3, 4}})
	fmt.Printf("%t %t\n", true, 1 > 2)
	fmt.Printf("%f %f %f %f\n", 3.0, 1.0/3, -2.5e-7, 1e10)
	fmt.Printf("%.2f %.0f %.1f %.3f %.10f\n", 3.14159, 2.5, 0.05, -1.0005, 1.0/7)
	fmt.Printf("%.2f %.0f %.0f %.0f\n", 1.005, 0.5, 1.5, -0.5)
	fmt.Printf("%c%c%c %c\n", 'G', 'o', '!', 0x263A)
	fmt.Printf("%q %q %q\n", "hello", "tab\there", "quote\"d")
	fmt.Printf("%q %q\n", 'a', '\'')
	fmt.Printf("%q\n", "ünïcode \x01")
	fmt.Printf("%x %x %x %x\n", 255, -255, uint8(10), int64(1)<<40)
	fmt.Printf("%x %x\n", "hex me", []byte{1, 171, 255})
	fmt.Printf("%T %T %T %T %T %T\n", 1, 2.0, "s", 'r', true, nil)
	fmt.Printf("%T %T %T %T %T\n", Point{}, &Point{}, []int{}, [3]string{}, Temp(1))
	fmt.Printf("%T %T %T\n", []interface{}{1}, func(int) string { return "" }, uint8(1))
	fmt.Printf("100%%\n")
	fmt.Printf("%v %d\n", []int{1, 2}, []int{3, 4})
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%v %v\n", Temp(36.6), float32(2.25))
	fmt.Printf("%d%s%d\n", 1, "-", 2)
	fmt.Printf("no verbs\n")
}
