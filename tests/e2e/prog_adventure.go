package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// A scripted text adventure: rooms linked by exits in maps, items as interface values with
// optional behaviours, a command parser dispatching to methods through a map of method
// expressions, inventory, locked doors and a score.

type Item interface {
	Name() string
}

type Usable interface {
	Item
	Use(g *Game) (string, error)
}

type Thing struct{ name string }

func (t Thing) Name() string { return t.name }

type Key struct {
	Thing
	opens string
}

func (k Key) Use(g *Game) (string, error) {
	room := g.rooms[g.here]
	for dir, dest := range room.locked {
		if dest == k.opens {
			room.exits[dir] = dest
			delete(room.locked, dir)
			g.score += 10
			return "the door to the " + dest + " unlocks", nil
		}
	}
	return "", errors.New("nothing to unlock here")
}

type Lamp struct {
	Thing
	lit bool
}

func (l *Lamp) Use(g *Game) (string, error) {
	l.lit = !l.lit
	if l.lit {
		return "the lamp glows", nil
	}
	return "the lamp goes dark", nil
}

type Room struct {
	desc   string
	exits  map[string]string
	locked map[string]string
	items  map[string]Item
	dark   bool
}

type Game struct {
	rooms map[string]*Room
	here  string
	inv   map[string]Item
	score int
	moves int
}

var ErrUnknown = errors.New("I don't understand that")

func (g *Game) lampLit() bool {
	l, ok := g.inv["lamp"].(*Lamp)
	return ok && l.lit
}

func (g *Game) Look(string) (string, error) {
	r := g.rooms[g.here]
	if r.dark && !g.lampLit() {
		return "It is pitch dark.", nil
	}
	var names, dirs []string
	for n := range r.items {
		names = append(names, n)
	}
	for d := range r.exits {
		dirs = append(dirs, d)
	}
	sort.Strings(names)
	sort.Strings(dirs)
	s := fmt.Sprintf("[%s] %s Exits: %s.", g.here, r.desc, strings.Join(dirs, ", "))
	if len(names) > 0 {
		s += " You see: " + strings.Join(names, ", ") + "."
	}
	return s, nil
}

func (g *Game) Go(dir string) (string, error) {
	r := g.rooms[g.here]
	if dest, ok := r.exits[dir]; ok {
		g.here = dest
		g.moves++
		return g.Look("")
	}
	if _, ok := r.locked[dir]; ok {
		return "", fmt.Errorf("the way %s is locked", dir)
	}
	return "", fmt.Errorf("you can't go %s", dir)
}

func (g *Game) Take(name string) (string, error) {
	r := g.rooms[g.here]
	if r.dark && !g.lampLit() {
		return "", errors.New("you fumble in the dark")
	}
	it, ok := r.items[name]
	if !ok {
		return "", fmt.Errorf("no %s here", name)
	}
	delete(r.items, name)
	g.inv[name] = it
	g.score += 5
	return "taken: " + it.Name(), nil
}

func (g *Game) UseItem(name string) (string, error) {
	it, ok := g.inv[name]
	if !ok {
		return "", fmt.Errorf("you don't have %s", name)
	}
	u, ok := it.(Usable)
	if !ok {
		return "", fmt.Errorf("the %s does nothing", name)
	}
	return u.Use(g)
}

func (g *Game) Inventory(string) (string, error) {
	var names []string
	for n := range g.inv {
		names = append(names, n)
	}
	sort.Strings(names)
	return fmt.Sprintf("carrying %v", names), nil
}

var commands = map[string]func(*Game, string) (string, error){
	"look": (*Game).Look,
	"go":   (*Game).Go,
	"take": (*Game).Take,
	"use":  (*Game).UseItem,
	"inv":  (*Game).Inventory,
}

func (g *Game) Do(line string) string {
	verb, arg, _ := strings.Cut(strings.ToLower(strings.TrimSpace(line)), " ")
	cmd, ok := commands[verb]
	if !ok {
		return ErrUnknown.Error() + ": " + verb
	}
	out, err := cmd(g, arg)
	if err != nil {
		return "! " + err.Error()
	}
	return out
}

func main() {
	g := &Game{here: "hall", inv: map[string]Item{}, rooms: map[string]*Room{
		"hall": {desc: "A dusty hall.", exits: map[string]string{"north": "library", "down": "cellar"},
			locked: map[string]string{"east": "vault"}, items: map[string]Item{"lamp": &Lamp{Thing: Thing{"brass lamp"}}}},
		"library": {desc: "Shelves of old books.", exits: map[string]string{"south": "hall"},
			items: map[string]Item{"book": Thing{"dull book"}}},
		"cellar": {desc: "A damp cellar.", exits: map[string]string{"up": "hall"}, dark: true,
			items: map[string]Item{"key": Key{Thing{"iron key"}, "vault"}}},
		"vault": {desc: "Gold everywhere!", exits: map[string]string{"west": "hall"}, items: map[string]Item{}},
	}}
	script := []string{"look", "go east", "take lamp", "go down", "take key", "use lamp", "look", "take key",
		"go up", "use key", "use key", "go east", "use book", "go west", "go north", "take book", "use book", "inv", "dance", "go south", "go east"}
	for _, line := range script {
		fmt.Printf("> %s\n%s\n", line, g.Do(line))
	}
	fmt.Printf("score %d in %d moves\n", g.score, g.moves)
}
