package main

import "fmt"

// Full slice expressions s[a:b:c] limit capacity, so append must copy.
func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := base[2:5:6]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println(base)
	s = append(s, 200)
	s[0] = -1
	fmt.Println(base, s, len(s))
	t := base[:0:0]
	t = append(t, 42)
	fmt.Println(base[0], t)
	u := base[3:3:3]
	fmt.Println(u, len(u), cap(u))
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	v := arr[1:3:4]
	fmt.Println(v, len(v), cap(v))
	v = v[:cap(v)]
	fmt.Println(v)
	w := arr[:]
	fmt.Println(len(w), cap(w), w[1:4], w[4:], w[:2])
	x := w[2:]
	fmt.Println(len(x), cap(x))
	y := x[1:2:3]
	fmt.Println(y, len(y), cap(y))
	lo, hi, mx := 1, 4, 5
	z := base[lo:hi:mx]
	fmt.Println(z, len(z), cap(z))
	// Slicing a string.
	str := "abcdefgh"
	fmt.Println(str[lo:hi], str[hi:], str[:lo])
}
