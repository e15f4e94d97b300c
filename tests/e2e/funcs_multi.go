package main

import "fmt"

// Multiple results, named results, bare returns, and passing a multi-value call through.
func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minmax(xs []int) (min, max int) {
	if len(xs) == 0 {
		return
	}
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return
}

func named() (x int, s string) {
	x = 5
	s = "five"
	x *= 2
	return x, s + "!"
}

func swap(a, b string) (string, string) { return b, a }

func add(a, b int) int { return a + b }

func three() (int, float64, string) { return 1, 2.5, "three" }

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zeroes() (a int, b string, c bool, d []int) { return }

func noResult(p *int) {
	*p = 99
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	lo, hi := minmax([]int{5, -2, 9, 3})
	fmt.Println(lo, hi)
	fmt.Println(minmax(nil))
	fmt.Println(named())
	a, b := swap("hello", "world")
	fmt.Println(a, b)
	fmt.Println(add(divmod(9, 4)))
	i, f, s := three()
	fmt.Println(i, f, s)
	_, _, s2 := three()
	fmt.Println(s2)
	fmt.Println(split(17))
	za, zb, zc, zd := zeroes()
	fmt.Println(za, zb == "", zc, zd == nil)
	var v int
	noResult(&v)
	fmt.Println(v)
	var x, y int
	x, y = divmod(100, 7)
	fmt.Println(x, y)
	fmt.Println(divmod(7, 2))
}
