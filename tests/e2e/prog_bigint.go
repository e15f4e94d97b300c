package main

import (
	"fmt"
	"strings"
)

// Arbitrary-precision natural numbers as little-endian base-10^9 limbs: add, multiply, compare,
// small division, parsing and formatting; factorials, Fibonacci, powers of two, digit sums.

const base = 1_000_000_000

type Nat []uint32

func FromInt(n uint64) Nat {
	var z Nat
	for n > 0 {
		z = append(z, uint32(n%base))
		n /= base
	}
	return z
}

func Parse(s string) (Nat, error) {
	var z Nat
	for end := len(s); end > 0; end -= 9 {
		start := max(0, end-9)
		var limb uint32
		for _, c := range s[start:end] {
			if c < '0' || c > '9' {
				return nil, fmt.Errorf("invalid digit %q in %q", c, s)
			}
			limb = limb*10 + uint32(c-'0')
		}
		z = append(z, limb)
	}
	return z.norm(), nil
}

func (z Nat) norm() Nat {
	for len(z) > 0 && z[len(z)-1] == 0 {
		z = z[:len(z)-1]
	}
	return z
}

func (x Nat) Add(y Nat) Nat {
	if len(x) < len(y) {
		x, y = y, x
	}
	z := make(Nat, 0, len(x)+1)
	var carry uint64
	for i := range x {
		s := uint64(x[i]) + carry
		if i < len(y) {
			s += uint64(y[i])
		}
		z = append(z, uint32(s%base))
		carry = s / base
	}
	if carry > 0 {
		z = append(z, uint32(carry))
	}
	return z
}

func (x Nat) Mul(y Nat) Nat {
	if len(x) == 0 || len(y) == 0 {
		return nil
	}
	acc := make([]uint64, len(x)+len(y))
	for i, a := range x {
		var carry uint64
		for j, b := range y {
			t := acc[i+j] + uint64(a)*uint64(b) + carry
			acc[i+j] = t % base
			carry = t / base
		}
		k := i + len(y)
		for carry > 0 {
			t := acc[k] + carry
			acc[k] = t % base
			carry = t / base
			k++
		}
	}
	z := make(Nat, len(acc))
	for i, v := range acc {
		z[i] = uint32(v)
	}
	return z.norm()
}

func (x Nat) DivSmall(d uint32) (Nat, uint32) {
	z := make(Nat, len(x))
	var rem uint64
	for i := len(x) - 1; i >= 0; i-- {
		cur := rem*base + uint64(x[i])
		z[i] = uint32(cur / uint64(d))
		rem = cur % uint64(d)
	}
	return z.norm(), uint32(rem)
}

func (x Nat) Cmp(y Nat) int {
	if len(x) != len(y) {
		if len(x) < len(y) {
			return -1
		}
		return 1
	}
	for i := len(x) - 1; i >= 0; i-- {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

func (x Nat) String() string {
	if len(x) == 0 {
		return "0"
	}
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(x[len(x)-1]))
	for i := len(x) - 2; i >= 0; i-- {
		fmt.Fprintf(&sb, "%09d", x[i])
	}
	return sb.String()
}

func factorial(n int) Nat {
	r := FromInt(1)
	for i := 2; i <= n; i++ {
		r = r.Mul(FromInt(uint64(i)))
	}
	return r
}

func digitSum(x Nat) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func main() {
	for _, n := range []int{0, 1, 10, 20, 25, 52} {
		fmt.Printf("%d! = %v\n", n, factorial(n))
	}
	f100 := factorial(100)
	fmt.Println("100! has", len(f100.String()), "digits, digit sum", digitSum(f100))

	a, b := FromInt(0), FromInt(1)
	for i := 0; i < 200; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib(200) =", a)

	p := FromInt(1)
	two := FromInt(2)
	for i := 1; i <= 128; i++ {
		p = p.Mul(two)
		if i == 64 || i == 100 || i == 128 {
			fmt.Printf("2^%d = %v\n", i, p)
		}
	}
	q, r := p.DivSmall(7)
	fmt.Println("2^128 / 7 =", q, "rem", r)
	back := q.Mul(FromInt(7)).Add(FromInt(uint64(r)))
	fmt.Println("check:", back.Cmp(p) == 0)

	x, err := Parse("123456789012345678901234567890")
	fmt.Println(x, err, len(x))
	y, _ := Parse("000000000000987654321")
	fmt.Println(y, x.Mul(y), x.Cmp(y), y.Cmp(x), x.Cmp(x))
	_, err = Parse("12a4")
	fmt.Println(err)
	sq := x.Mul(x)
	fmt.Println(sq, digitSum(sq))
	var digits []int
	for n := f100; len(n) > 0; {
		var d uint32
		n, d = n.DivSmall(1000)
		digits = append(digits, int(d))
		if len(digits) == 5 {
			break
		}
	}
	fmt.Println("lowest groups of 100!:", digits)
}
