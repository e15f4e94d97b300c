// Seed case: a small fixed-size slice used only locally stays on the stack.

package main

func F() int {
	temp := make([]int, 0, 20) // ERROR "make\(\[\]int, 0, 20\) does not escape$"
	temp = append(temp, 1, 2, 3) // ERROR "append does not escape$"
	return len(temp)
}

func main() {
	println(F())
}
