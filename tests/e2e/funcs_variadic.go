package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func count(prefix string, xs ...string) string {
	out := prefix
	for i, x := range xs {
		if i > 0 {
			out += ","
		}
		out += x
	}
	return fmt.Sprintf("%s[%d]", out, len(xs))
}

func isNil(xs ...int) bool { return xs == nil }

func modify(xs ...int) {
	for i := range xs {
		xs[i] *= 10
	}
}

func describe(args ...interface{}) {
	fmt.Println(len(args), args)
}

func forward(args ...interface{}) {
	describe(args...)
	describe(args)
}

func main() {
	fmt.Println(sum())
	fmt.Println(sum(1))
	fmt.Println(sum(1, 2, 3, 4, 5))
	nums := []int{10, 20, 30}
	fmt.Println(sum(nums...))
	fmt.Println(sum(nums[1:]...))
	fmt.Println(count("p"), count("p", "a"), count("p", "a", "b", "c"))
	words := []string{"x", "y"}
	fmt.Println(count("q", words...))
	fmt.Println(isNil(), isNil(1), isNil(nil...))
	// f(xs...) passes the slice itself: the callee sees the same backing array.
	modify(nums...)
	fmt.Println(nums)
	modify(1, 2, 3)
	describe()
	describe(1, "a", 2.5, true)
	forward("x", 2)
	fmt.Println(fmt.Sprint("a", 1, 2, "b"), fmt.Sprintln("end", 3) == "end 3\n")
}
