package main

import "fmt"

// -escape-check: closures that outlive the frame creating them, capturing variables by
// reference; the closure environments and the captured variables must be on the heap.

var hooks []func() int

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func register(base int) {
	arr := [4]int{base, base + 1, base + 2, base + 3}
	hooks = append(hooks, func() int { return arr[0] + arr[3] })
}

type Acc struct {
	add func(int)
	get func() int
}

func newAcc() Acc {
	total := 0
	return Acc{
		add: func(n int) { total += n },
		get: func() int { return total },
	}
}

func scribble(k int) int {
	var a [64]int
	s := 0
	for i := range a {
		a[i] = k + i
		s += a[i]
	}
	return s
}

func main() {
	next := counter()
	register(10)
	acc := newAcc()
	fmt.Println(scribble(5))
	next()
	next()
	acc.add(4)
	acc.add(5)
	fmt.Println(next(), hooks[0](), acc.get())
}
