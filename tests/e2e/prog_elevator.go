package main

import (
	"fmt"
	"sort"
	"strings"
)

// An elevator simulation: a state machine whose states are interface values, requests queued
// by floor, a tick-based loop, and a summary of wait times per passenger.

type Dir int

const (
	Idle Dir = iota
	Up
	Down
)

func (d Dir) String() string { return [...]string{"idle", "up", "down"}[d] }

type Passenger struct {
	Name      string
	From, To  int
	Arrive    int
	PickedUp  int
	Delivered int
}

type Elevator struct {
	Floor    int
	Dir      Dir
	Riders   []*Passenger
	Waiting  map[int][]*Passenger
	Log      []string
	Moves    int
	Capacity int
}

type State interface {
	Name() string
	Step(e *Elevator, t int) State
}

type idleState struct{}
type movingState struct{}
type doorsOpen struct{ ticks int }

func (idleState) Name() string   { return "idle" }
func (movingState) Name() string { return "moving" }
func (d doorsOpen) Name() string { return fmt.Sprintf("doors(%d)", d.ticks) }

func (e *Elevator) hasWork() bool { return len(e.Riders) > 0 || len(e.Waiting) > 0 }

func (e *Elevator) targets() []int {
	set := map[int]bool{}
	for _, r := range e.Riders {
		set[r.To] = true
	}
	for f := range e.Waiting {
		set[f] = true
	}
	var fs []int
	for f := range set {
		fs = append(fs, f)
	}
	sort.Ints(fs)
	return fs
}

func (e *Elevator) chooseDir() Dir {
	ts := e.targets()
	if len(ts) == 0 {
		return Idle
	}
	above, below := false, false
	for _, f := range ts {
		above = above || f > e.Floor
		below = below || f < e.Floor
	}
	switch {
	case e.Dir == Up && above, e.Dir != Down && above && !below:
		return Up
	case below:
		return Down
	case above:
		return Up
	}
	return Idle
}

func (e *Elevator) shouldStop() bool {
	for _, r := range e.Riders {
		if r.To == e.Floor {
			return true
		}
	}
	return len(e.Waiting[e.Floor]) > 0 && len(e.Riders) < e.Capacity
}

func (idleState) Step(e *Elevator, t int) State {
	if !e.hasWork() {
		return idleState{}
	}
	if e.shouldStop() {
		return doorsOpen{2}
	}
	e.Dir = e.chooseDir()
	return movingState{}
}

func (movingState) Step(e *Elevator, t int) State {
	switch e.Dir {
	case Up:
		e.Floor++
	case Down:
		e.Floor--
	}
	e.Moves++
	if e.shouldStop() {
		return doorsOpen{2}
	}
	return movingState{}
}

func (d doorsOpen) Step(e *Elevator, t int) State {
	if d.ticks == 2 {
		kept := e.Riders[:0]
		for _, r := range e.Riders {
			if r.To == e.Floor {
				r.Delivered = t
				e.Log = append(e.Log, fmt.Sprintf("t=%2d floor %d: %s exits", t, e.Floor, r.Name))
			} else {
				kept = append(kept, r)
			}
		}
		e.Riders = kept
		queue := e.Waiting[e.Floor]
		for len(queue) > 0 && len(e.Riders) < e.Capacity {
			p := queue[0]
			queue = queue[1:]
			p.PickedUp = t
			e.Riders = append(e.Riders, p)
			e.Log = append(e.Log, fmt.Sprintf("t=%2d floor %d: %s enters (to %d)", t, e.Floor, p.Name, p.To))
		}
		if len(queue) == 0 {
			delete(e.Waiting, e.Floor)
		} else {
			e.Waiting[e.Floor] = queue
		}
	}
	if d.ticks > 1 {
		return doorsOpen{d.ticks - 1}
	}
	e.Dir = e.chooseDir()
	if e.Dir == Idle {
		return idleState{}
	}
	return movingState{}
}

func main() {
	people := []*Passenger{
		{Name: "ann", From: 0, To: 5, Arrive: 0},
		{Name: "bob", From: 3, To: 0, Arrive: 1},
		{Name: "cat", From: 4, To: 6, Arrive: 2},
		{Name: "dan", From: 6, To: 1, Arrive: 8},
		{Name: "eve", From: 0, To: 2, Arrive: 9},
		{Name: "fay", From: 2, To: 7, Arrive: 9},
		{Name: "gus", From: 2, To: 3, Arrive: 9},
	}
	e := &Elevator{Waiting: map[int][]*Passenger{}, Capacity: 2}
	var st State = idleState{}
	var trace []string
	for t := 0; t < 60; t++ {
		for _, p := range people {
			if p.Arrive == t {
				e.Waiting[p.From] = append(e.Waiting[p.From], p)
			}
		}
		before := st.Name()
		st = st.Step(e, t)
		if st.Name() != before || t%10 == 0 {
			trace = append(trace, fmt.Sprintf("t=%d %s@%d", t, st.Name(), e.Floor))
		}
		if _, idle := st.(idleState); idle && !e.hasWork() && t > 10 {
			fmt.Println("all done at t =", t)
			break
		}
	}
	for _, l := range e.Log {
		fmt.Println(l)
	}
	fmt.Println(strings.Join(trace[:12], " | "))
	fmt.Println("moves:", e.Moves, "final floor:", e.Floor, "dir:", e.Dir)
	total := 0
	for _, p := range people {
		wait, ride := p.PickedUp-p.Arrive, p.Delivered-p.PickedUp
		total += wait + ride
		fmt.Printf("%-4s %d->%d wait %2d ride %2d\n", p.Name, p.From, p.To, wait, ride)
	}
	fmt.Printf("average trip %.2f ticks\n", float64(total)/float64(len(people)))
}
