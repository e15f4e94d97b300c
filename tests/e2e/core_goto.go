package main

import "fmt"

// goto: forward and backward jumps, loops built from labels, breaking out of nested loops,
// labeled break and continue.

func findPair(grid [][]int, target int) (int, int, bool) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == target {
				goto found
			}
			continue
		found:
			return i, j, true
		}
	}
	return -1, -1, false
}

func countdown(n int) {
loop:
	if n > 0 {
		fmt.Print(n, " ")
		n--
		goto loop
	}
	fmt.Println("liftoff")
}

func gcd(a, b int) int {
again:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto again
}

func parse(s string) (n int, err string) {
	i := 0
	neg := false
	if len(s) == 0 {
		goto empty
	}
	if s[0] == '-' {
		neg = true
		i++
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			goto bad
		}
		n = n*10 + int(s[i]-'0')
	}
	if neg {
		n = -n
	}
	return n, ""
bad:
	return 0, fmt.Sprintf("bad digit %q at %d", s[i], i)
empty:
	return 0, "empty"
}

func labeled() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
sw:
	for i := range 10 {
		switch {
		case i == 2:
			continue
		case i == 5:
			break sw
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(findPair(grid, 6))
	fmt.Println(findPair(grid, 10))
	countdown(5)
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
	for _, s := range []string{"123", "-45", "", "12a3", "-"} {
		n, err := parse(s)
		fmt.Printf("%q -> %d %q\n", s, n, err)
	}
	labeled()

	i := 0
	sum := 0
top:
	sum += i
	i++
	if i <= 10 {
		goto top
	}
	fmt.Println("sum", sum)
}
