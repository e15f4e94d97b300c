package main

import (
	"fmt"
	"os"
)

// A runtime error recovered, logged to stderr and re-raised; deferred calls of every frame still
// run, and gc reports the original error with " [recovered, repanicked]".

type Job struct {
	ID   int
	Data []int
}

type Stats struct {
	done, failed int
}

func (s *Stats) Report() {
	fmt.Printf("stats: %d done, %d failed\n", s.done, s.failed)
}

func process(j Job, st *Stats) (sum int) {
	defer func() {
		if r := recover(); r != nil {
			st.failed++
			fmt.Fprintln(os.Stderr, "job", j.ID, "failed:", r)
			panic(r)
		}
		st.done++
	}()
	for k := 0; k <= 3; k++ {
		sum += j.Data[k]
	}
	return sum
}

func runAll(jobs []Job) {
	st := &Stats{}
	defer st.Report()
	defer fmt.Println("runAll: cleanup")
	for _, j := range jobs {
		fmt.Println("job", j.ID, "sum", process(j, st))
	}
}

func main() {
	defer fmt.Println("main: deferred")
	runAll([]Job{
		{1, []int{1, 2, 3, 4}},
		{2, []int{10, 20, 30, 40, 50}},
		{3, []int{7, 8}},
		{4, []int{1, 1, 1, 1}},
	})
	fmt.Println("not reached")
}
