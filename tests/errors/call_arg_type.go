package main

func square(n int) int { return n * n }

func greet(name string, times int) {}

func main() {
	square("four")
	greet(3, "x")
}
