package main

import "fmt"

// A linked list whose nodes carry small byte slices and strings: many short-lived lists are
// built and dropped while a small sliding window of them stays alive. The collector must keep
// the window intact; the checksum detects any node freed too early.
type Cell struct {
	Next *Cell
	Data []byte
	Name string
	N    int
}

func makeList(n, seed int) *Cell {
	var head *Cell
	for i := 0; i < n; i++ {
		d := make([]byte, 16+i%48)
		for j := range d {
			d[j] = byte(seed + i + j)
		}
		head = &Cell{Next: head, Data: d, Name: fmt.Sprint("c", i%10), N: seed*i + 1}
	}
	return head
}

func checksum(l *Cell) int {
	s := 0
	for c := l; c != nil; c = c.Next {
		s = s*31 + c.N
		for _, b := range c.Data {
			s += int(b)
		}
		s += len(c.Name)
		s &= 0xFFFFFFFF
	}
	return s
}

func main() {
	const window = 8
	var live [window]*Cell
	var expect [window]int
	total := 0
	for round := 0; round < 3000; round++ {
		l := makeList(500, round)
		slot := round % window
		if live[slot] != nil && checksum(live[slot]) != expect[slot] {
			fmt.Println("corrupted list in slot", slot, "at round", round)
			return
		}
		live[slot] = l
		expect[slot] = checksum(l)
		total = (total + expect[slot]) & 0xFFFFFFF
	}
	fmt.Println("rounds done, checksum", total)
	for i := range live {
		fmt.Println(i, checksum(live[i]) == expect[i])
	}
	// An array of strings built by concatenation, most of them garbage.
	s := ""
	for i := 0; i < 20000; i++ {
		s = fmt.Sprintf("%d:%s", i%10, s)
		if len(s) > 100 {
			s = s[len(s)-50:]
		}
	}
	fmt.Println(len(s), s[:20])
}
