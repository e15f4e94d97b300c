package main

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors as control flow: an iterator signalling Done, a retrying reader that
// distinguishes temporary from permanent failures, and errors compared with == and errors.Is.

var (
	Done        = errors.New("no more items")
	ErrTempFail = errors.New("temporary failure")
	ErrCorrupt  = errors.New("corrupt record")
)

type Iterator struct {
	items []string
	pos   int
	fails map[int]int // position -> remaining temporary failures
}

func (it *Iterator) Next() (string, error) {
	if it.pos >= len(it.items) {
		return "", Done
	}
	if it.fails[it.pos] > 0 {
		it.fails[it.pos]--
		return "", fmt.Errorf("reading item %d: %w", it.pos, ErrTempFail)
	}
	s := it.items[it.pos]
	it.pos++
	if strings.Contains(s, "#") {
		return s, fmt.Errorf("item %d %q: %w", it.pos-1, s, ErrCorrupt)
	}
	return s, nil
}

type RetryStats struct {
	retries, skipped int
}

func collect(it *Iterator, maxRetries int) ([]string, RetryStats, error) {
	var out []string
	var st RetryStats
	tries := 0
	for {
		s, err := it.Next()
		switch {
		case err == Done:
			return out, st, nil
		case errors.Is(err, ErrTempFail):
			tries++
			st.retries++
			if tries > maxRetries {
				return out, st, fmt.Errorf("giving up after %d retries: %w", maxRetries, err)
			}
			continue
		case errors.Is(err, ErrCorrupt):
			st.skipped++
			fmt.Println("  skip:", err)
		case err != nil:
			return out, st, err
		default:
			out = append(out, strings.ToUpper(s))
		}
		tries = 0
	}
}

func main() {
	cases := []struct {
		name  string
		items []string
		fails map[int]int
		max   int
	}{
		{"clean", []string{"a", "b", "c"}, nil, 2},
		{"flaky", []string{"a", "b", "c", "d"}, map[int]int{1: 2, 3: 1}, 2},
		{"corrupt", []string{"x", "y#", "z", "#"}, nil, 0},
		{"broken", []string{"p", "q"}, map[int]int{1: 5}, 3},
		{"empty", nil, nil, 1},
	}
	for _, c := range cases {
		fmt.Println(c.name + ":")
		it := &Iterator{items: c.items, fails: c.fails}
		out, st, err := collect(it, c.max)
		fmt.Printf("  out=%v retries=%d skipped=%d err=%v\n", out, st.retries, st.skipped, err)
		if err != nil {
			fmt.Println("  temporary cause:", errors.Is(err, ErrTempFail), "done:", errors.Is(err, Done))
		}
	}
	_, err := (&Iterator{}).Next()
	fmt.Println(err == Done, err, errors.Is(fmt.Errorf("wrapped: %w", Done), Done), fmt.Errorf("wrapped: %w", Done) == Done)
}
