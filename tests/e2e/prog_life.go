package main

import (
	"fmt"
	"sort"
	"strings"
)

// Conway's Game of Life on an unbounded grid stored as a map[Cell]bool set; patterns loaded
// from text, generations rendered inside their bounding box, period detection via a map of
// canonical strings.

type Cell struct{ X, Y int }

type World map[Cell]bool

func Parse(pattern string) World {
	w := World{}
	for y, line := range strings.Split(strings.Trim(pattern, "\n"), "\n") {
		for x, c := range line {
			if c == '#' {
				w[Cell{x, y}] = true
			}
		}
	}
	return w
}

func (w World) Bounds() (min, max Cell) {
	first := true
	for c := range w {
		if first {
			min, max = c, c
			first = false
			continue
		}
		min.X, min.Y = minInt(min.X, c.X), minInt(min.Y, c.Y)
		max.X, max.Y = maxInt(max.X, c.X), maxInt(max.Y, c.Y)
	}
	return
}

func minInt(a, b int) int { return min(a, b) }
func maxInt(a, b int) int { return max(a, b) }

func (w World) Step() World {
	counts := map[Cell]int{}
	for c := range w {
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				if dx != 0 || dy != 0 {
					counts[Cell{c.X + dx, c.Y + dy}]++
				}
			}
		}
	}
	next := World{}
	for c, n := range counts {
		if n == 3 || (n == 2 && w[c]) {
			next[c] = true
		}
	}
	return next
}

func (w World) String() string {
	if len(w) == 0 {
		return "(empty)\n"
	}
	lo, hi := w.Bounds()
	var sb strings.Builder
	for y := lo.Y; y <= hi.Y; y++ {
		for x := lo.X; x <= hi.X; x++ {
			if w[Cell{x, y}] {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

// Canonical: the shape relative to its bounding box, so translated copies compare equal.
func (w World) Canonical() string {
	lo, _ := w.Bounds()
	cells := make([]string, 0, len(w))
	for c := range w {
		cells = append(cells, fmt.Sprintf("%d,%d", c.X-lo.X, c.Y-lo.Y))
	}
	sort.Strings(cells)
	return strings.Join(cells, ";")
}

func analyse(name string, w World, maxGen int) {
	seen := map[string]int{w.Canonical(): 0}
	lo0, _ := w.Bounds()
	for gen := 1; gen <= maxGen; gen++ {
		w = w.Step()
		if len(w) == 0 {
			fmt.Printf("%s: dies out at generation %d\n", name, gen)
			return
		}
		key := w.Canonical()
		if prev, ok := seen[key]; ok {
			lo, _ := w.Bounds()
			kind := "oscillator"
			if lo != lo0 || gen-prev > 0 && prev > 0 {
				kind = "spaceship or oscillator"
			}
			if gen-prev == 1 && prev == gen-1 && len(seen) == gen {
				kind = "still life or moving"
			}
			fmt.Printf("%s: repeats shape of gen %d at gen %d (period %d, %s, moved %d,%d, %d cells)\n",
				name, prev, gen, gen-prev, kind, lo.X-lo0.X, lo.Y-lo0.Y, len(w))
			return
		}
		seen[key] = gen
	}
	fmt.Printf("%s: no repeat within %d generations, %d cells\n", name, maxGen, len(w))
}

func main() {
	patterns := []struct{ name, text string }{
		{"blinker", "###"},
		{"block", "##\n##"},
		{"glider", ".#.\n..#\n###"},
		{"toad", ".###\n###."},
		{"r-pentomino", ".##\n##.\n.#."},
		{"diehard", "......#.\n##......\n.#...###"},
		{"beacon", "##..\n##..\n..##\n..##"},
	}
	g := Parse(patterns[2].text)
	for gen := 0; gen < 5; gen++ {
		fmt.Printf("glider generation %d (%d cells):\n%s", gen, len(g), g)
		g = g.Step()
	}
	for _, p := range patterns {
		analyse(p.name, Parse(p.text), 200)
	}
	r := Parse(patterns[4].text)
	for range 50 {
		r = r.Step()
	}
	lo, hi := r.Bounds()
	fmt.Println("r-pentomino after 50:", len(r), "cells, bounds", lo, hi)
}
