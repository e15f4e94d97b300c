package main

import (
	"errors"
	"fmt"
)

// Deferred closures reading and changing named results, including after a recovered panic.

func double() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1 // n = 6, then doubled
}

func tripleReturn() (result int, err error) {
	defer func() {
		if err != nil {
			result = -1
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return 42, errors.New("boom")
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func withCleanup(fail bool) (log []string) {
	log = append(log, "start")
	defer func() { log = append(log, "cleanup") }()
	if fail {
		log = append(log, "failing")
		return
	}
	log = append(log, "work")
	return log
}

type Tx struct {
	committed  bool
	rolledBack bool
}

func (t *Tx) Commit() error {
	t.committed = true
	return nil
}
func (t *Tx) Rollback() { t.rolledBack = true }

func transfer(tx *Tx, amount int) (err error) {
	defer func() {
		if err != nil {
			tx.Rollback()
			return
		}
		err = tx.Commit()
	}()
	if amount <= 0 {
		return fmt.Errorf("invalid amount %d", amount)
	}
	return nil
}

func unnamedDoesNotChange() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func countCalls() (calls int) {
	inc := func() { calls++ }
	defer inc()
	defer inc()
	inc()
	return calls * 10 // 10, then +2
}

func main() {
	fmt.Println(double())
	fmt.Println(tripleReturn())
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(withCleanup(false))
	fmt.Println(withCleanup(true))
	for _, amt := range []int{10, -5} {
		tx := &Tx{}
		err := transfer(tx, amt)
		fmt.Printf("amount %d: err=%v committed=%v rolledBack=%v\n", amt, err, tx.committed, tx.rolledBack)
	}
	fmt.Println(unnamedDoesNotChange())
	fmt.Println(countCalls())
}
