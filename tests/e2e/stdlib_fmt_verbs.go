package main

import "fmt"

// fmt verbs on basic values: %v %d %b %o %O %x %X %c %q %U %e %E %f %F %g %G %s %t %T %%.

func main() {
	ints := []int{0, 7, -42, 255, 1 << 20}
	for _, i := range ints {
		fmt.Printf("%v|%d|%b|%o|%O|%x|%X|%#x|%#o|%+d\n", i, i, i, i, i, i, i, i, i, i)
	}
	var u8 uint8 = 200
	var i64 int64 = -9223372036854775808
	fmt.Printf("%d %b %x %d %x\n", u8, u8, u8, i64, i64)

	for _, r := range []rune{'A', 'é', '世', '😀', '\n', 0} {
		fmt.Printf("%c|%q|%U|%#U|%d|%x\n", r, r, r, r, r, r)
	}

	floats := []float64{0, 1, -1.5, 3.14159265358979, 1e21, 1e-7, 123456789.0, 0.000123}
	for _, f := range floats {
		fmt.Printf("%v|%e|%E|%f|%g|%G|%.3g|%.2f\n", f, f, f, f, f, f, f, f)
	}
	var f32 float32 = 0.1
	fmt.Printf("%v %g %f %.10f\n", f32, f32, f32, f32)
	fmt.Printf("%x %X\n", 1.0, 255.5)

	strs := []string{"", "hello", "with \"quotes\"", "tab\t", "ünï"}
	for _, s := range strs {
		fmt.Printf("[%s]|[%q]|[%x]|[%X]|[% x]|[%v]\n", s, s, s, s, s, s)
	}
	bs := []byte("Go!")
	fmt.Printf("%s %q %x %v %d\n", bs, bs, bs, bs, bs)

	fmt.Printf("%t %t %v\n", true, false, true)
	fmt.Printf("%T %T %T %T %T %T %T %T\n", 1, 1.0, "s", 'r', true, nil, []int{}, map[string]bool{})
	fmt.Printf("%T %T %T %T\n", int8(1), uint64(1), float32(1), complex(1, 2))
	fmt.Printf("%v %.2f %g\n", complex(1, -2), complex(1.5, 2.25), 3i)
	fmt.Printf("100%% sure, %d%%\n", 50)

	// bad verbs and argument mismatches
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%z\n", 1)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("no verbs\n", "extra")
	fmt.Printf("%t\n", 1)
	fmt.Printf("%c %c\n", 65, -1)

	// indexed arguments
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[1]v %[1]T %[1]q\n", "x")
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%*d|%-*d|\n", 5, 42, 5, 42)
}
