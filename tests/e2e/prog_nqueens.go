package main

import "fmt"

// N-queens by backtracking with arrays passed by pointer and a closure that counts solutions.
func solve(n int) (int, [12]int) {
	var cols, diag1, diag2 [32]bool
	var pos [12]int
	var first [12]int
	count := 0
	var place func(row int)
	place = func(row int) {
		if row == n {
			if count == 0 {
				first = pos
			}
			count++
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || diag1[row+c] || diag2[row-c+n] {
				continue
			}
			cols[c], diag1[row+c], diag2[row-c+n] = true, true, true
			pos[row] = c
			place(row + 1)
			cols[c], diag1[row+c], diag2[row-c+n] = false, false, false
		}
	}
	place(0)
	return count, first
}

func main() {
	for n := 1; n <= 9; n++ {
		c, first := solve(n)
		fmt.Printf("%d queens: %d solutions, first %v\n", n, c, first[:n])
	}
	_, f := solve(8)
	for r := 0; r < 8; r++ {
		line := ""
		for c := 0; c < 8; c++ {
			if f[r] == c {
				line += "Q "
			} else {
				line += ". "
			}
		}
		fmt.Println(line)
	}
}
