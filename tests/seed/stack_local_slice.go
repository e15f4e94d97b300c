package main

import "fmt"

// Seed article, section 1 (stack): a small fixed-size slice used only inside F
// stays on the stack (gc: make([]int, 0, 20) does not escape).
func F() int {
	temp := make([]int, 0, 20)
	for i := 0; i < 20; i++ {
		temp = append(temp, i*i)
	}
	sum := 0
	for _, v := range temp {
		sum += v
	}
	return sum
}

func main() {
	fmt.Println(F())
}
