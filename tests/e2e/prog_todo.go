package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

// A to-do list manager as a new Go user would write it: a Task struct with methods, a Store
// interface with an in-memory implementation, commands parsed from a script, errors with
// context, defer/recover around each command, and reports printed with fmt.

type Priority int

const (
	Low Priority = iota
	Medium
	High
)

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Medium:
		return "medium"
	case High:
		return "high"
	}
	return "Priority(" + strconv.Itoa(int(p)) + ")"
}

func ParsePriority(s string) (Priority, error) {
	for p := Low; p <= High; p++ {
		if p.String() == s {
			return p, nil
		}
	}
	return Low, fmt.Errorf("unknown priority %q", s)
}

type Task struct {
	ID       int
	Title    string
	Priority Priority
	Done     bool
	Tags     []string
}

func (t *Task) Complete() error {
	if t.Done {
		return fmt.Errorf("task %d: %w", t.ID, ErrAlreadyDone)
	}
	t.Done = true
	return nil
}

func (t Task) String() string {
	box := "[ ]"
	if t.Done {
		box = "[x]"
	}
	s := fmt.Sprintf("%s #%d %-22s (%v)", box, t.ID, t.Title, t.Priority)
	if len(t.Tags) > 0 {
		s += " #" + strings.Join(t.Tags, " #")
	}
	return s
}

var (
	ErrNotFound    = errors.New("no such task")
	ErrAlreadyDone = errors.New("already done")
)

type Store interface {
	Add(t Task) int
	Get(id int) (*Task, error)
	Delete(id int) error
	All() []*Task
}

type MemStore struct {
	tasks  map[int]*Task
	nextID int
}

func NewMemStore() *MemStore { return &MemStore{tasks: make(map[int]*Task)} }

func (m *MemStore) Add(t Task) int {
	m.nextID++
	t.ID = m.nextID
	m.tasks[t.ID] = &t
	return t.ID
}

func (m *MemStore) Get(id int) (*Task, error) {
	t, ok := m.tasks[id]
	if !ok {
		return nil, fmt.Errorf("get %d: %w", id, ErrNotFound)
	}
	return t, nil
}

func (m *MemStore) Delete(id int) error {
	if _, ok := m.tasks[id]; !ok {
		return fmt.Errorf("delete %d: %w", id, ErrNotFound)
	}
	delete(m.tasks, id)
	return nil
}

func (m *MemStore) All() []*Task {
	out := make([]*Task, 0, len(m.tasks))
	for _, t := range m.tasks {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Done != out[j].Done {
			return !out[i].Done
		}
		if out[i].Priority != out[j].Priority {
			return out[i].Priority > out[j].Priority
		}
		return out[i].ID < out[j].ID
	})
	return out
}

func execute(s Store, line string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("command %q crashed: %v", line, r)
		}
	}()
	fields := strings.Fields(line)
	switch fields[0] {
	case "add":
		prio, err := ParsePriority(fields[1])
		if err != nil {
			return err
		}
		var title, tags []string
		for _, f := range fields[2:] {
			if strings.HasPrefix(f, "#") {
				tags = append(tags, f[1:])
			} else {
				title = append(title, f)
			}
		}
		id := s.Add(Task{Title: strings.Join(title, " "), Priority: prio, Tags: tags})
		fmt.Println("added task", id)
	case "done", "rm":
		id, err := strconv.Atoi(fields[1])
		if err != nil {
			return fmt.Errorf("bad id: %w", err)
		}
		if fields[0] == "rm" {
			return s.Delete(id)
		}
		t, err := s.Get(id)
		if err != nil {
			return err
		}
		return t.Complete()
	case "list":
		for _, t := range s.All() {
			fmt.Println(" ", t)
		}
	default:
		return fmt.Errorf("unknown command %q", fields[0])
	}
	return nil
}

func main() {
	store := NewMemStore()
	script := []string{
		"add high write the parser #gosub #frontend",
		"add low water the plants",
		"add medium review escape analysis #gosub",
		"add urgent fix everything",
		"done 1",
		"done 1",
		"done 42",
		"rm two",
		"list",
		"rm 2",
		"done",
		"frobnicate 3",
		"list",
	}
	failures := 0
	for _, line := range script {
		fmt.Println(">", line)
		if err := execute(store, line); err != nil {
			failures++
			fmt.Fprintln(os.Stderr, "error:", err)
			fmt.Printf("  error (not found: %v, already done: %v)\n", errors.Is(err, ErrNotFound), errors.Is(err, ErrAlreadyDone))
		}
	}
	byTag := map[string]int{}
	for _, t := range store.All() {
		for _, tag := range t.Tags {
			byTag[tag]++
		}
	}
	fmt.Println("tags:", byTag, "failures:", failures)
	if failures > 5 {
		os.Exit(1)
	}
}
