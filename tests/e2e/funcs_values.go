package main

import "fmt"

// Functions as values: variables, parameters, results, nil func comparisons, slices of funcs.
type BinOp func(int, int) int

func apply(f func(int) int, xs []int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func double(x int) int { return 2 * x }
func inc(x int) int    { return x + 1 }

func fold(op BinOp, init int, xs ...int) int {
	acc := init
	for _, x := range xs {
		acc = op(acc, x)
	}
	return acc
}

func pick(name string) BinOp {
	switch name {
	case "add":
		return func(a, b int) int { return a + b }
	case "mul":
		return func(a, b int) int { return a * b }
	}
	return nil
}

func main() {
	f := double
	fmt.Println(f(21))
	fmt.Println(apply(inc, []int{1, 2, 3}))
	fmt.Println(apply(compose(double, inc), []int{1, 2, 3}))
	fmt.Println(apply(compose(inc, double), []int{1, 2, 3}))
	fmt.Println(fold(pick("add"), 0, 1, 2, 3, 4))
	fmt.Println(fold(pick("mul"), 1, 1, 2, 3, 4))
	var none BinOp = pick("none")
	fmt.Println(none == nil, pick("add") != nil)
	ops := []func(float64) float64{
		func(x float64) float64 { return x * x },
		func(x float64) float64 { return -x },
	}
	for _, op := range ops {
		fmt.Println(op(1.5))
	}
	var table [3]func() string
	for i := range table {
		table[i] = func() string { return fmt.Sprint("entry ", i) }
	}
	for _, t := range table {
		fmt.Println(t())
	}
	result := func(a, b int) int { return a - b }(10, 3)
	fmt.Println(result)
	fmt.Printf("%T\n", f)
}
