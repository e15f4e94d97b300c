package main

import (
	"fmt"
	"strings"
)

// An uncaught panic with a value of a named string type: gc prints it with its type name,
// after the deferred calls of every frame ran (their arguments were evaluated at the defer).

type State string

type Machine struct {
	state   State
	trans   map[State][]State
	history []State
}

func (m *Machine) Allowed() []State { return m.trans[m.state] }

func (m *Machine) Go(to State) {
	defer fmt.Println("  (tried", m.state, "->", to+")")
	for _, ok := range m.Allowed() {
		if ok == to {
			m.history = append(m.history, m.state)
			m.state = to
			return
		}
	}
	panic(to)
}

func (m *Machine) TryGo(to State) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("illegal transition to %v", r)
		}
	}()
	m.Go(to)
	return nil
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
	defer fmt.Println("main deferred: state when deferred was", m.state)
	defer func() { fmt.Println("main deferred closure: history", m.history) }()
	fmt.Println(m.TryGo("stopped"))
	steps := []State{"running", "paused", "running", "stopped", "running"}
	for _, s := range steps {
		m.Go(s)
		fmt.Println("now", m.state, "allowed:", strings.Trim(fmt.Sprint(m.Allowed()), "[]"))
	}
}
