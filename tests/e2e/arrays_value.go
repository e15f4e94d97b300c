package main

import "fmt"

// Arrays are values: assignment and passing copy; comparison is element-wise.
func double(a [5]int) [5]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleInPlace(a *[5]int) {
	for i := range a {
		a[i] *= 2
	}
}

func sum(a [5]int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	b := a
	b[0] = 100
	fmt.Println(a, b)
	d := double(a)
	fmt.Println(a, d)
	doubleInPlace(&a)
	fmt.Println(a, sum(a))
	fmt.Println(a == d, a != b)
	var z [3]string
	fmt.Printf("%q %d\n", z, len(z))
	c := [...]int{5: 1, 2, 0: 7}
	fmt.Println(c, len(c))
	// range over an array copies it first.
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(arr)
	// Arrays of arrays copy deeply.
	var m [2][3]int
	m[1][2] = 5
	n := m
	n[1][2] = 6
	fmt.Println(m, n)
	// Array in a struct, struct in an array.
	type S struct{ V [2]int }
	s1 := S{[2]int{1, 2}}
	s2 := s1
	s2.V[0] = 9
	fmt.Println(s1, s2)
	// Slicing an array aliases it.
	sl := a[1:4]
	sl[0] = -1
	fmt.Println(a, sl, len(sl), cap(sl))
	bytes := [4]byte{'g', 'o', '!', '!'}
	fmt.Println(string(bytes[:2]), bytes)
	var big [1000]int
	for i := range big {
		big[i] = i
	}
	cp := big
	cp[999] = 0
	fmt.Println(big[999], cp[999], len(big))
}
