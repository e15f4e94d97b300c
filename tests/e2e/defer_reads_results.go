package main

import (
	"errors"
	"fmt"
	"strconv"
)

// Deferred closures that read (and sometimes change) named results after
// return has assigned them: the closure must see the returned values.

type Ledger struct {
	entries []string
	failed  int
}

func (l *Ledger) Withdraw(balance, amount int) (left int, err error) {
	defer func() {
		if err != nil {
			l.failed++
			l.entries = append(l.entries, "error: "+err.Error())
			return
		}
		l.entries = append(l.entries, "ok: left "+strconv.Itoa(left))
	}()
	if amount > balance {
		return balance, fmt.Errorf("withdraw %d from %d: %w", amount, balance, errInsufficient)
	}
	return balance - amount, nil
}

var errInsufficient = errors.New("insufficient funds")

func bare(x int) (n int, s string) {
	defer func() {
		fmt.Println("bare sees", n, s)
	}()
	n = x * 2
	s = "set"
	if x > 2 {
		n, s = -1, "big"
		return
	}
	return
}

func doubled(x int) (n int) {
	defer func() { n *= 2 }()
	return x + 1
}

func logged(name string) (result string) {
	defer func(prefix string) {
		fmt.Printf("%s returned %q\n", prefix, result)
	}(name)
	switch name {
	case "a":
		return "alpha"
	case "b":
		return "beta"
	}
	return ""
}

func recovered(d int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
		fmt.Println("recovered sees", q, err)
	}()
	return 10 / d, nil
}

func nested() (total int) {
	add := func(k int) { total += k }
	defer func() {
		defer func() { fmt.Println("inner sees", total) }()
		add(100)
	}()
	for i := 1; i <= 4; i++ {
		add(i)
	}
	return total * 10
}

func main() {
	l := &Ledger{}
	for _, amt := range []int{30, 200, 70, 5} {
		left, err := l.Withdraw(100, amt)
		fmt.Println(left, err, errors.Is(err, errInsufficient))
	}
	fmt.Println(l.failed, len(l.entries))
	for _, e := range l.entries {
		fmt.Println(" ", e)
	}
	fmt.Println(bare(1))
	fmt.Println(bare(5))
	fmt.Println(doubled(4))
	fmt.Println(logged("a"), logged("b"), logged("z") == "")
	fmt.Println(recovered(2))
	fmt.Println(recovered(0))
	fmt.Println(nested())
}
