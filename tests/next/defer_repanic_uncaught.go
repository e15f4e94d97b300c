package main

import (
	"fmt"
	"os"
)

// A runtime error recovered, logged and re-raised; deferred calls of every frame still run.

type Job struct {
	ID   int
	Data []int
}

func process(j Job) (sum int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(os.Stderr, "job", j.ID, "failed:", r)
			panic(r)
		}
	}()
	for k := 0; k <= 3; k++ {
		sum += j.Data[k]
	}
	return sum
}

func runAll(jobs []Job) {
	defer fmt.Println("runAll: cleanup")
	for _, j := range jobs {
		fmt.Println("job", j.ID, "sum", process(j))
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
}
