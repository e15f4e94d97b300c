package main

import "fmt"

// Widths, precision and the '-' and '0' flags.
func main() {
	fmt.Printf("[%5d][%-5d][%05d][%1d]\n", 42, 42, 42, 12345)
	fmt.Printf("[%5d][%-5d][%05d]\n", -42, -42, -42)
	fmt.Printf("[%8s][%-8s][%2s]\n", "go", "go", "golang")
	fmt.Printf("[%8.3f][%-8.2f][%08.3f][%.1f]\n", 3.14159, 2.5, -3.14159, 99.95)
	fmt.Printf("[%6v][%-6v][%6v]\n", 7, true, "ab")
	fmt.Printf("[%4c][%-4c]\n", 'x', 'y')
	fmt.Printf("[%6q][%-8q]\n", "q", "r")
	fmt.Printf("[%6x][%-6x][%06x]\n", 255, 255, 255)
	fmt.Printf("[%10t][%-10t]\n", true, false)
	fmt.Printf("[%10v]\n", []int{1, 2})
	// A table.
	names := []string{"alpha", "beta", "gamma", "delta"}
	for i, n := range names {
		fmt.Printf("%-3d|%-8s|%6.2f|%5x\n", i, n, float64(i)*1.5, i*1000)
	}
	line := fmt.Sprintf("%-10s%10s", "left", "right")
	fmt.Println(line, len(line))
	fmt.Printf("[%3d][%3d][%3d]\n", 1, 10, 1000)
	fmt.Printf("[%-5s|%5s]\n", "ünï", "ünï")
}
