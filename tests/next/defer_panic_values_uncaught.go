package main

import "fmt"

// An uncaught panic with a value of a named string type: gc prints it with its type name,
// after the deferred calls of every frame ran.

type State string

type Machine struct {
	state State
	trans map[State][]State
}

func (m *Machine) Go(to State) {
	defer fmt.Println("  (tried", m.state, "->", to+")")
	for _, ok := range m.trans[m.state] {
		if ok == to {
			m.state = to
			return
		}
	}
	panic(to)
}

func main() {
	m := &Machine{
		state: "idle",
		trans: map[State][]State{
			"idle":    {"running"},
			"running": {"paused", "stopped"},
			"paused":  {"running", "stopped"},
		},
	}
	defer fmt.Println("main deferred: final state", m.state)
	steps := []State{"running", "paused", "running", "stopped", "running"}
	for _, s := range steps {
		m.Go(s)
		fmt.Println("now", m.state)
	}
}
