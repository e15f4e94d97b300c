package main

import "fmt"

type Count int

// range over an integer (Go 1.22): for i := range n iterates 0..n-1.
func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 3
	total := 0
	for range n {
		total += 10
	}
	fmt.Println(total)
	for i := range 0 {
		fmt.Println("never", i)
	}
	neg := -4
	for i := range neg {
		fmt.Println("never", i)
	}
	var c Count = 4
	for i := range c {
		fmt.Printf("%T %v; ", i, i)
	}
	fmt.Println()
	var u8 uint8 = 3
	for i := range u8 {
		fmt.Printf("%T %v; ", i, i)
	}
	fmt.Println()
	// n is evaluated once.
	m := 3
	for i := range m {
		m = 10
		fmt.Print(i, " ")
	}
	fmt.Println(m)
	// A triangle.
	for i := range 4 {
		for j := range i + 1 {
			fmt.Print(j)
		}
		fmt.Println()
	}
	var i int
	for i = range 7 {
	}
	fmt.Println("last", i)
	sq := make([]int, 6)
	for i := range len(sq) {
		sq[i] = i * i
	}
	fmt.Println(sq)
	const K = 3
	for i := range K {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
}
