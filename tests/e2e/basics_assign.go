package main

import "fmt"

var log []string

func note(s string, v int) int {
	log = append(log, s)
	return v
}

func idx(s string, i int) int {
	log = append(log, s)
	return i
}

// Assignment semantics: tuple assignment evaluates every right-hand side (and index operand)
// before assigning, operands are evaluated left to right, op-assignments, ++ and --.
func main() {
	a := []int{10, 20, 30}
	i := 0
	i, a[i] = 1, 99 // a[0] is the target: the index is evaluated before assigning
	fmt.Println(i, a)

	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)

	a[0], a[1], a[2] = a[2], a[0], a[1]
	fmt.Println(a)

	// Calls in an expression run left to right.
	r := note("a", 1) + note("b", 2)*note("c", 3)
	fmt.Println(r, log)
	log = nil
	a[idx("i", 0)], a[idx("j", 1)] = note("p", 7), note("q", 8)
	fmt.Println(a, log)

	n := 10
	n += 5
	n -= 3
	n *= 4
	n /= 3
	n %= 7
	n <<= 3
	n >>= 1
	n |= 1
	n &= 0xD
	n ^= 0xF
	n &^= 2
	fmt.Println(n)
	n++
	n++
	n--
	fmt.Println(n)

	var f float64 = 1
	f += 0.5
	f *= 3
	f /= 2
	f -= 0.25
	fmt.Println(f)

	s := "a"
	s += "b"
	s += s
	fmt.Println(s)

	// Blank identifier.
	_, second := 1, 2
	_ = second
	var _ int = 5
	fmt.Println(second)

	// Assigning structs and arrays copies; through pointers it does not.
	type P struct{ V [2]int }
	p1 := P{[2]int{1, 2}}
	p2 := p1
	pp := &p1
	p2.V[0] = 100
	pp.V[1] = 200
	fmt.Println(p1, p2)

	// Increment through pointers and indexes.
	cnt := []int{0, 0}
	pc := &cnt[1]
	*pc++
	cnt[0]++
	cnt[0] += cnt[1] * 10
	fmt.Println(cnt)
}
