package main

import (
	"errors"
	"fmt"
	"strings"
)

// A Sudoku solver: board as [9][9]int8 value type (copied freely), candidate bitmasks,
// constraint propagation for naked singles, backtracking on the cell with fewest candidates,
// validation errors, and step counting.

type Board [9][9]int8

var ErrInvalid = errors.New("invalid puzzle")
var ErrUnsolvable = errors.New("no solution")

func Parse(s string) (Board, error) {
	var b Board
	s = strings.Join(strings.Fields(s), "")
	if len(s) != 81 {
		return b, fmt.Errorf("%w: %d cells", ErrInvalid, len(s))
	}
	for i, c := range s {
		switch {
		case c == '.' || c == '0':
		case c >= '1' && c <= '9':
			b[i/9][i%9] = int8(c - '0')
		default:
			return b, fmt.Errorf("%w: bad character %q", ErrInvalid, c)
		}
	}
	return b, nil
}

func (b *Board) candidates(r, c int) uint16 {
	used := uint16(0)
	for i := range 9 {
		used |= 1 << b[r][i]
		used |= 1 << b[i][c]
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			used |= 1 << b[i][j]
		}
	}
	return ^used & 0x3FE
}

func popcount(x uint16) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

func (b Board) Valid() bool {
	for r := range 9 {
		for c := range 9 {
			v := b[r][c]
			if v == 0 {
				continue
			}
			b[r][c] = 0
			ok := b.candidates(r, c)&(1<<v) != 0
			b[r][c] = v
			if !ok {
				return false
			}
		}
	}
	return true
}

type Solver struct {
	guesses, propagated int
}

func (s *Solver) propagate(b *Board) bool {
	for changed := true; changed; {
		changed = false
		for r := range 9 {
			for c := range 9 {
				if b[r][c] != 0 {
					continue
				}
				cand := b.candidates(r, c)
				switch popcount(cand) {
				case 0:
					return false
				case 1:
					for v := int8(1); v <= 9; v++ {
						if cand&(1<<v) != 0 {
							b[r][c] = v
						}
					}
					s.propagated++
					changed = true
				}
			}
		}
	}
	return true
}

func (s *Solver) Solve(b Board) (Board, error) {
	if !s.propagate(&b) {
		return b, ErrUnsolvable
	}
	br, bc, best := -1, -1, 10
	for r := range 9 {
		for c := range 9 {
			if b[r][c] == 0 {
				if n := popcount(b.candidates(r, c)); n < best {
					br, bc, best = r, c, n
				}
			}
		}
	}
	if br < 0 {
		return b, nil
	}
	cand := b.candidates(br, bc)
	for v := int8(1); v <= 9; v++ {
		if cand&(1<<v) == 0 {
			continue
		}
		s.guesses++
		next := b // array copy
		next[br][bc] = v
		if sol, err := s.Solve(next); err == nil {
			return sol, nil
		}
	}
	return b, ErrUnsolvable
}

func (b Board) String() string {
	var sb strings.Builder
	for r := range 9 {
		if r > 0 && r%3 == 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c := range 9 {
			if c > 0 && c%3 == 0 {
				sb.WriteString("| ")
			}
			if b[r][c] == 0 {
				sb.WriteString(". ")
			} else {
				fmt.Fprintf(&sb, "%d ", b[r][c])
			}
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	puzzles := []string{
		"53..7.... 6..195... .98....6. 8...6...3 4..8.3..1 7...2...6 .6....28. ...419..5 ....8..79",
		"8........ ..36..... .7..9.2.. .5...7... ....457.. ...1...3. ..1....68 ..85...1. .9....4..",
		"11....... ......... ......... ......... ......... ......... ......... ......... .........",
		"123",
		"12345678. ........9 ......... ......... ......... ......... ......... ......... .........",
		"x........ ......... ......... ......... ......... ......... ......... ......... .........",
	}
	for i, p := range puzzles {
		b, err := Parse(p)
		if err != nil {
			fmt.Printf("puzzle %d: %v (invalid: %v)\n", i, err, errors.Is(err, ErrInvalid))
			continue
		}
		if !b.Valid() {
			fmt.Printf("puzzle %d: contradictory givens\n", i)
			continue
		}
		s := &Solver{}
		sol, err := s.Solve(b)
		if err != nil {
			fmt.Printf("puzzle %d: %v after %d guesses\n", i, err, s.guesses)
			continue
		}
		fmt.Printf("puzzle %d solved (valid=%v, guesses=%d, propagated=%d):\n%v", i, sol.Valid(), s.guesses, s.propagated, sol)
		fmt.Println("original unchanged:", b[0][2] == 0)
	}
}
