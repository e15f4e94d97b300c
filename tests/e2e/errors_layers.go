package main

import (
	"errors"
	"fmt"
	"strings"
)

// Errors crossing layers of an application: repository -> service -> handler, each adding
// context with %w; the handler maps error kinds to status codes with errors.Is/As, and a
// custom error type carries a code through the chain.

var ErrNotFound = errors.New("not found")
var ErrConflict = errors.New("conflict")

type StatusError struct {
	Code int
	Msg  string
}

func (s *StatusError) Error() string { return fmt.Sprintf("%d %s", s.Code, s.Msg) }

type Repo struct{ users map[string]string }

func (r *Repo) Get(id string) (string, error) {
	u, ok := r.users[id]
	if !ok {
		return "", fmt.Errorf("repo: user %s: %w", id, ErrNotFound)
	}
	return u, nil
}

func (r *Repo) Insert(id, name string) error {
	if _, ok := r.users[id]; ok {
		return fmt.Errorf("repo: insert %s: %w", id, ErrConflict)
	}
	r.users[id] = name
	return nil
}

type Service struct{ repo *Repo }

func (s *Service) Rename(id, name string) error {
	if strings.TrimSpace(name) == "" {
		return &StatusError{400, "empty name"}
	}
	old, err := s.repo.Get(id)
	if err != nil {
		return fmt.Errorf("service: rename: %w", err)
	}
	if old == name {
		return fmt.Errorf("service: rename %s: %w", id, &StatusError{304, "unchanged"})
	}
	s.repo.users[id] = name
	return nil
}

func (s *Service) Create(id, name string) error {
	if err := s.repo.Insert(id, name); err != nil {
		return fmt.Errorf("service: create: %w", err)
	}
	return nil
}

func handle(op string, err error) string {
	var se *StatusError
	switch {
	case err == nil:
		return "200 OK"
	case errors.As(err, &se):
		return fmt.Sprintf("%d (%s) <- %v", se.Code, se.Msg, err)
	case errors.Is(err, ErrNotFound):
		return "404 <- " + err.Error()
	case errors.Is(err, ErrConflict):
		return "409 <- " + err.Error()
	}
	return "500 <- " + err.Error()
}

func depth(err error) int {
	n := 0
	for ; err != nil; err = errors.Unwrap(err) {
		n++
	}
	return n
}

func main() {
	svc := &Service{&Repo{users: map[string]string{"u1": "ann", "u2": "bob"}}}
	requests := []struct {
		op, id, name string
	}{
		{"rename", "u1", "anne"},
		{"rename", "u9", "zed"},
		{"rename", "u2", "bob"},
		{"rename", "u2", "  "},
		{"create", "u3", "cy"},
		{"create", "u1", "dup"},
	}
	for _, r := range requests {
		var err error
		if r.op == "rename" {
			err = svc.Rename(r.id, r.name)
		} else {
			err = svc.Create(r.id, r.name)
		}
		fmt.Printf("%-6s %-3s -> %s [depth %d]\n", r.op, r.id, handle(r.op, err), depth(err))
	}
	fmt.Println(svc.repo.users)
	fmt.Println(handle("x", errors.New("disk on fire")))
}
