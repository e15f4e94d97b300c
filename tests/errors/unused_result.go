package main

func add(a, b int) int { return a + b }

func main() {
	add(1, 2)
	1 + 2
	x := 3
	x == 4
}
