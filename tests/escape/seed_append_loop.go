// Seed case: append beyond capacity in a loop whose length is only known at
// run time.

package main

func Grow(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i) // ERROR "append escapes to heap$"
	}
	return s
}

func Local(n int) int {
	s := make([]int, 0, 4) // ERROR "make\(\[\]int, 0, 4\) does not escape$"
	for i := 0; i < n; i++ {
		s = append(s, i) // ERROR "append does not escape$"
	}
	return len(s)
}

func Pointers(n int) int {
	var s []*int
	for i := 0; i < n; i++ {
		v := i // ERROR "moved to heap: v$"
		s = append(s, &v) // ERROR "append does not escape$"
	}
	return len(s)
}

func main() {
	println(len(Grow(10)), Local(10), Pointers(3))
}
