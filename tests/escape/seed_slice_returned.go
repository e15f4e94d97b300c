// Seed case: the same make as seed_stack_small, but returned: heap.

package main

func F() []int {
	a := make([]int, 0, 20) // ERROR "make\(\[\]int, 0, 20\) escapes to heap$"
	return a
}

func main() {
	println(len(F()))
}
