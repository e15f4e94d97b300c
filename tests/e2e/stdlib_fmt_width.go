package main

import (
	"fmt"
	"os"
)

// Widths, precisions and flags: - + # 0 space, on numbers, strings and via Sprintf/Fprintf.

type row struct {
	name  string
	qty   int
	price float64
}

func main() {
	fmt.Printf("|%5d|%-5d|%05d|%+5d|% d|% d|\n", 42, 42, 42, 42, 42, -42)
	fmt.Printf("|%5d|%-5d|%05d|%+05d|\n", -42, -42, -42, 42)
	fmt.Printf("|%8.3f|%-8.2f|%08.3f|%+.1f|% .2f|\n", 3.14159, 3.14159, -3.14159, 2.0, 2.0)
	fmt.Printf("|%10.4e|%-12g|%012.4g|\n", 12345.678, 0.000012345, 12345.678)
	fmt.Printf("|%10s|%-10s|%.2s|%10.3s|%-10.1s|\n", "gopher", "gopher", "gopher", "gopher", "gopher")
	fmt.Printf("|%6q|%-8q|%.1q|\n", "a", "b", "abc")
	fmt.Printf("|%#x|%#08x|%# x|%#X|\n", 255, 255, "abc", "xyz")
	fmt.Printf("|%x|%.3x|%8x|\n", "hello", "hello", "hi")
	fmt.Printf("|%5t|%-6t|\n", true, false)
	fmt.Printf("|%5c|%-3c|\n", 'x', 'y')
	fmt.Printf("|%08b|%o|%#b|\n", 5, 64, 5)
	fmt.Printf("|%6.2f%%|\n", 99.5)
	fmt.Printf("|%3d|%3d|\n", 12345, 1)
	fmt.Printf("|%.0f|%.0f|%.0f|%.1f|\n", 0.5, 1.5, 2.5, 0.05)
	fmt.Printf("|%g|%g|%g|%g|\n", 100000.0, 1000000.0, 1e20, 1e21)
	fmt.Printf("|%.3d|%8.3d|%-8.3d|\n", 7, 7, -7)
	fmt.Printf("|%+q|%#q|%#v|\n", "é", "raw`s", "s")
	fmt.Printf("|%v|%6v|%-6v|%06v|\n", 1.5, 1.5, 1.5, 1.5)
	fmt.Printf("|%U|%#U|%08U|\n", 0x1F600, 'x', 'x')

	rows := []row{{"apples", 3, 0.5}, {"bread", 1, 2.25}, {"cheese, aged", 12, 10}}
	fmt.Printf("%-14s %5s %8s\n", "item", "qty", "total")
	var sum float64
	for _, r := range rows {
		t := float64(r.qty) * r.price
		sum += t
		fmt.Printf("%-14.12s %5d %8.2f\n", r.name, r.qty, t)
	}
	fmt.Printf("%-14s %5s %8.2f\n", "TOTAL", "", sum)

	s := fmt.Sprintf("%03d-%03d", 7, 42)
	fmt.Println(s, len(s))
	n, err := fmt.Fprintf(os.Stdout, "%s has %d bytes\n", s, len(s))
	fmt.Println(n, err)
	fmt.Fprintf(os.Stderr, "to stderr: %5.1f\n", 2.25)
	width := 12
	fmt.Printf("[%*s]\n[%-*s]\n", width, "right", width, "left")
	for i := range 5 {
		fmt.Printf("%*s%s\n", 4-i, "", fmt.Sprintf("%0*d", i+1, 0))
	}
}
