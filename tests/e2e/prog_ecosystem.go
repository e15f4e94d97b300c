package main

import (
	"fmt"
	"sort"
	"strings"
)

// A predator-prey simulation on a small torus grid: creatures share an embedded Body and
// implement an Actor interface; a deterministic LCG drives movement; a type switch handles
// interactions; population counts per tick are printed as a chart.

type RNG struct{ state uint32 }

func (r *RNG) Next() uint32 {
	r.state = r.state*1664525 + 1013904223
	return r.state >> 8
}
func (r *RNG) Intn(n int) int { return int(r.Next() % uint32(n)) }

const W, H = 12, 8

type Pos struct{ X, Y int }

func (p Pos) Move(dx, dy int) Pos {
	return Pos{(p.X + dx + W) % W, (p.Y + dy + H) % H}
}

type Body struct {
	ID     int
	At     Pos
	Energy int
	Age    int
}

func (b *Body) Base() *Body { return b }
func (b *Body) Alive() bool { return b.Energy > 0 }

type Actor interface {
	Base() *Body
	Alive() bool
	Act(w *World)
	Symbol() byte
}

type Grass struct{ Body }
type Rabbit struct{ Body }
type Fox struct {
	Body
	Kills int
}

func (g *Grass) Symbol() byte  { return '"' }
func (r *Rabbit) Symbol() byte { return 'r' }
func (f *Fox) Symbol() byte    { return 'F' }

func (g *Grass) Act(w *World) {
	g.Age++
	if g.Age%3 == 0 && w.rng.Intn(2) == 0 {
		target := g.At.Move(w.rng.Intn(3)-1, w.rng.Intn(3)-1)
		if len(w.at(target)) == 0 {
			w.spawn(&Grass{Body{At: target, Energy: 1}})
		}
	}
}

func (r *Rabbit) Act(w *World) {
	r.Age++
	if r.Age%2 == 0 {
		r.Energy--
	}
	r.At = r.At.Move(w.rng.Intn(3)-1, w.rng.Intn(3)-1)
	for _, other := range w.at(r.At) {
		if g, ok := other.(*Grass); ok && g.Alive() {
			g.Energy = 0
			r.Energy += 4
			break
		}
	}
	if r.Energy > 6 {
		r.Energy -= 3
		w.spawn(&Rabbit{Body{At: r.At, Energy: 3}})
	}
}

func (f *Fox) Act(w *World) {
	f.Age++
	f.Energy--
	f.At = f.At.Move(w.rng.Intn(3)-1, w.rng.Intn(3)-1)
	for _, other := range w.at(f.At) {
		switch prey := other.(type) {
		case *Rabbit:
			if prey.Alive() && f.Energy < 8 {
				prey.Energy = 0
				f.Energy += 4
				f.Kills++
			}
		case *Fox, *Grass:
			// ignore
		}
	}
	if f.Energy > 10 {
		f.Energy -= 5
		w.spawn(&Fox{Body: Body{At: f.At, Energy: 5}})
	}
}

type World struct {
	actors []Actor
	born   []Actor
	rng    *RNG
	nextID int
	deaths map[string]int
}

func (w *World) spawn(a Actor) {
	w.nextID++
	a.Base().ID = w.nextID
	w.born = append(w.born, a)
}

func (w *World) at(p Pos) []Actor {
	var out []Actor
	for _, a := range w.actors {
		if a.Base().At == p {
			out = append(out, a)
		}
	}
	return out
}

func kind(a Actor) string { return strings.TrimPrefix(fmt.Sprintf("%T", a), "*main.") }

func (w *World) Tick() {
	for _, a := range w.actors {
		if a.Alive() {
			a.Act(w)
		}
	}
	alive := w.actors[:0]
	for _, a := range w.actors {
		if a.Alive() {
			alive = append(alive, a)
		} else {
			w.deaths[kind(a)]++
		}
	}
	w.actors = append(alive, w.born...)
	w.born = nil
}

func (w *World) Census() map[string]int {
	c := map[string]int{}
	for _, a := range w.actors {
		c[kind(a)]++
	}
	return c
}

func (w *World) Render() string {
	grid := make([][]byte, H)
	for y := range grid {
		grid[y] = []byte(strings.Repeat(".", W))
	}
	for _, a := range w.actors {
		p := a.Base().At
		if cur := grid[p.Y][p.X]; cur == '.' || a.Symbol() == 'F' || (a.Symbol() == 'r' && cur == '"') {
			grid[p.Y][p.X] = a.Symbol()
		}
	}
	var sb strings.Builder
	for _, row := range grid {
		sb.Write(row)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	w := &World{rng: &RNG{42}, deaths: map[string]int{}}
	for i := range 20 {
		w.spawn(&Grass{Body{At: Pos{w.rng.Intn(W), w.rng.Intn(H)}, Energy: 1}})
		if i%2 == 0 {
			w.spawn(&Rabbit{Body{At: Pos{w.rng.Intn(W), w.rng.Intn(H)}, Energy: 7}})
		}
		if i%9 == 0 {
			w.spawn(&Fox{Body: Body{At: Pos{w.rng.Intn(W), w.rng.Intn(H)}, Energy: 8}})
		}
	}
	w.actors, w.born = w.born, nil
	fmt.Print(w.Render())
	for t := 1; t <= 30; t++ {
		w.Tick()
		c := w.Census()
		if t%3 == 0 {
			fmt.Printf("t=%2d grass=%3d rabbits=%3d foxes=%2d |%s%s\n", t, c["Grass"], c["Rabbit"], c["Fox"],
				strings.Repeat("r", min(c["Rabbit"], 40)), strings.Repeat("F", c["Fox"]))
		}
	}
	fmt.Print(w.Render())
	fmt.Println("deaths:", w.deaths)
	var foxes []*Fox
	for _, a := range w.actors {
		if f, ok := a.(*Fox); ok {
			foxes = append(foxes, f)
		}
	}
	sort.Slice(foxes, func(i, j int) bool { return foxes[i].ID < foxes[j].ID })
	for _, f := range foxes {
		fmt.Printf("fox #%d age %d energy %d kills %d at %v\n", f.ID, f.Age, f.Energy, f.Kills, f.At)
	}
	fmt.Println("ids issued:", w.nextID)
}
