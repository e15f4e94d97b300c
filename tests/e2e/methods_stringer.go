package main

import (
	"fmt"
	"strings"
)

// String() methods honoured by fmt: value vs pointer receivers, nested in slices, maps and structs.

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	case Blue:
		return "blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Card struct {
	Rank int
	Suit string
}

func (c Card) String() string {
	names := map[int]string{1: "A", 11: "J", 12: "Q", 13: "K"}
	r, ok := names[c.Rank]
	if !ok {
		r = fmt.Sprint(c.Rank)
	}
	return r + c.Suit
}

type Hand []Card

func (h Hand) String() string {
	parts := make([]string, len(h))
	for i, c := range h {
		parts[i] = c.String()
	}
	return "[" + strings.Join(parts, " ") + "]"
}

type PtrOnly struct{ n int }

func (p *PtrOnly) String() string { return fmt.Sprintf("PtrOnly<%d>", p.n) }

type Wrapper struct {
	C     Color
	Cards []Card
	P     *PtrOnly
}

func main() {
	fmt.Println(Red, Green, Blue, Color(7))
	fmt.Printf("%v %s %d %q\n", Blue, Blue, Blue, Blue)
	fmt.Printf("%x %X\n", Green, "hi")
	colors := []Color{Blue, Red}
	fmt.Println(colors)
	fmt.Printf("%v %d\n", colors, colors)

	h := Hand{{1, "♠"}, {10, "♥"}, {12, "♦"}}
	fmt.Println(h)
	fmt.Println([]Card(h))
	fmt.Printf("%v|%s|%+v\n", h[0], h[1], h[2])
	fmt.Printf("%#v\n", h[0])

	p := PtrOnly{5}
	fmt.Println(&p)
	fmt.Printf("%v %+v\n", p, p) // value: String not in method set
	w := Wrapper{C: Green, Cards: h[:2], P: &p}
	fmt.Printf("%v\n", w)
	fmt.Printf("%+v\n", w)

	m := map[Color]int{Red: 3, Blue: 1, Green: 2}
	fmt.Println(m)
	byName := map[string]Color{"sky": Blue, "grass": Green}
	fmt.Println(byName)

	s := fmt.Sprint(Red, " and ", Blue)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("%10s|%-10s|", Red, Blue))
	fmt.Println(fmt.Sprintf("%5v|%-6v|", Card{13, "♣"}, Green))
	var st fmt.Stringer = h
	fmt.Println(st.String() == h.String())
}
