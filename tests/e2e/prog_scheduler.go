package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// A discrete-event job scheduler: a binary min-heap (hand-written, with sort.Interface-style
// methods) of events ordered by time then sequence; jobs with dependencies, priorities,
// retries on failure, and a Gantt-like timeline per worker.

type Event struct {
	Time int
	Seq  int
	Kind string // "ready", "done"
	Job  *Job
}

type EventQueue []*Event

func (q EventQueue) Len() int { return len(q) }
func (q EventQueue) Less(i, j int) bool {
	if q[i].Time != q[j].Time {
		return q[i].Time < q[j].Time
	}
	return q[i].Seq < q[j].Seq
}
func (q EventQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }

func (q *EventQueue) Push(e *Event) {
	*q = append(*q, e)
	i := len(*q) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !q.Less(i, p) {
			break
		}
		q.Swap(i, p)
		i = p
	}
}

func (q *EventQueue) Pop() *Event {
	old := *q
	top := old[0]
	n := len(old) - 1
	old[0] = old[n]
	*q = old[:n]
	i := 0
	for {
		l, r, small := 2*i+1, 2*i+2, i
		if l < n && q.Less(l, small) {
			small = l
		}
		if r < n && q.Less(r, small) {
			small = r
		}
		if small == i {
			return top
		}
		q.Swap(i, small)
		i = small
	}
}

type Job struct {
	Name      string
	Duration  int
	Priority  int
	Deps      []string
	FailTimes int
	attempts  int
	remaining int
	started   int
	finished  int
	worker    int
}

var ErrCycle = errors.New("dependency cycle")

type Scheduler struct {
	jobs    map[string]*Job
	waiters map[string][]*Job
	queue   EventQueue
	ready   []*Job
	free    []int
	seq     int
	lanes   map[int][]string
}

func (s *Scheduler) emit(t int, kind string, j *Job) {
	s.seq++
	s.queue.Push(&Event{t, s.seq, kind, j})
}

func (s *Scheduler) validate() error {
	state := map[string]int{}
	var visit func(n string) error
	visit = func(n string) error {
		if state[n] == 1 {
			return fmt.Errorf("%w through %s", ErrCycle, n)
		}
		if state[n] == 2 {
			return nil
		}
		state[n] = 1
		j, ok := s.jobs[n]
		if !ok {
			return fmt.Errorf("unknown dependency %q", n)
		}
		for _, d := range j.Deps {
			if err := visit(d); err != nil {
				return err
			}
		}
		state[n] = 2
		return nil
	}
	names := make([]string, 0, len(s.jobs))
	for n := range s.jobs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := visit(n); err != nil {
			return err
		}
	}
	return nil
}

func (s *Scheduler) Run(workers int) (int, error) {
	if err := s.validate(); err != nil {
		return 0, err
	}
	s.waiters = map[string][]*Job{}
	s.lanes = map[int][]string{}
	for w := range workers {
		s.free = append(s.free, w)
	}
	names := make([]string, 0, len(s.jobs))
	for n := range s.jobs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		j := s.jobs[n]
		j.remaining = len(j.Deps)
		for _, d := range j.Deps {
			s.waiters[d] = append(s.waiters[d], j)
		}
		if j.remaining == 0 {
			s.emit(0, "ready", j)
		}
	}
	now := 0
	for s.queue.Len() > 0 {
		ev := s.queue.Pop()
		now = ev.Time
		switch ev.Kind {
		case "ready":
			s.ready = append(s.ready, ev.Job)
		case "done":
			j := ev.Job
			s.free = append(s.free, j.worker)
			sort.Ints(s.free)
			if j.attempts <= j.FailTimes {
				fmt.Printf("t=%3d %-8s FAILED on worker %d (attempt %d), retrying\n", now, j.Name, j.worker, j.attempts)
				s.emit(now+1, "ready", j)
				break
			}
			j.finished = now
			fmt.Printf("t=%3d %-8s done on worker %d\n", now, j.Name, j.worker)
			for _, w := range s.waiters[j.Name] {
				w.remaining--
				if w.remaining == 0 {
					s.emit(now, "ready", w)
				}
			}
		}
		// dispatch: highest priority first, then name
		sort.Slice(s.ready, func(a, b int) bool {
			if s.ready[a].Priority != s.ready[b].Priority {
				return s.ready[a].Priority > s.ready[b].Priority
			}
			return s.ready[a].Name < s.ready[b].Name
		})
		for len(s.ready) > 0 && len(s.free) > 0 && (s.queue.Len() == 0 || s.queue[0].Time > now) {
			j := s.ready[0]
			s.ready = s.ready[1:]
			w := s.free[0]
			s.free = s.free[1:]
			j.worker, j.started = w, now
			j.attempts++
			s.lanes[w] = append(s.lanes[w], fmt.Sprintf("%d-%d:%s", now, now+j.Duration, j.Name))
			s.emit(now+j.Duration, "done", j)
		}
	}
	return now, nil
}

func newScheduler(jobs ...*Job) *Scheduler {
	s := &Scheduler{jobs: map[string]*Job{}}
	for _, j := range jobs {
		s.jobs[j.Name] = j
	}
	return s
}

func main() {
	s := newScheduler(
		&Job{Name: "fetch", Duration: 3, Priority: 1},
		&Job{Name: "config", Duration: 1, Priority: 5},
		&Job{Name: "compile", Duration: 5, Priority: 3, Deps: []string{"fetch", "config"}},
		&Job{Name: "lint", Duration: 2, Priority: 1, Deps: []string{"fetch"}, FailTimes: 1},
		&Job{Name: "test", Duration: 4, Priority: 2, Deps: []string{"compile"}},
		&Job{Name: "docs", Duration: 6, Priority: 0, Deps: []string{"config"}},
		&Job{Name: "package", Duration: 2, Priority: 4, Deps: []string{"test", "lint"}},
		&Job{Name: "publish", Duration: 1, Priority: 9, Deps: []string{"package", "docs"}},
	)
	end, err := s.Run(2)
	fmt.Println("makespan:", end, "err:", err)
	for w := 0; w < 2; w++ {
		fmt.Printf("worker %d: %s\n", w, strings.Join(s.lanes[w], " "))
	}

	bad := newScheduler(
		&Job{Name: "a", Duration: 1, Deps: []string{"b"}},
		&Job{Name: "b", Duration: 1, Deps: []string{"c"}},
		&Job{Name: "c", Duration: 1, Deps: []string{"a"}},
	)
	_, err = bad.Run(1)
	fmt.Println(err, errors.Is(err, ErrCycle))
	_, err = newScheduler(&Job{Name: "x", Deps: []string{"y"}}).Run(1)
	fmt.Println(err)

	var q EventQueue
	for i, t := range []int{5, 1, 4, 1, 5, 9, 2, 6} {
		q.Push(&Event{Time: t, Seq: i})
	}
	var order []string
	for q.Len() > 0 {
		e := q.Pop()
		order = append(order, fmt.Sprintf("%d/%d", e.Time, e.Seq))
	}
	fmt.Println(order)
}
