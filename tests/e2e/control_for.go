package main

import "fmt"

// All three for forms, range forms, break and continue.
func main() {
	for i := 0; i < 5; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	count := 0
	for {
		count++
		if count == 7 {
			break
		}
	}
	fmt.Println(count)
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	var i int
	for i = 0; i < 3; {
		i++
	}
	fmt.Println(i)
	for ; i < 6; i++ {
	}
	fmt.Println(i)
	s := []string{"x", "y", "z"}
	for i := range s {
		fmt.Print(i)
	}
	for _, v := range s {
		fmt.Print(v)
	}
	for i, v := range s {
		fmt.Print(i, v)
	}
	for range s {
		fmt.Print(".")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		fmt.Print(i*v, " ")
	}
	fmt.Println()
	// The range expression is evaluated once: appending in the loop does not extend it.
	grow := []int{1, 2, 3}
	for _, v := range grow {
		grow = append(grow, v*10)
	}
	fmt.Println(grow)
	// Modifying elements through the index.
	nums := []int{1, 2, 3}
	for i := range nums {
		nums[i] *= nums[i]
	}
	fmt.Println(nums)
	// Nested loops with a break in the inner one.
	for a := 1; a <= 3; a++ {
		for b := 1; b <= 3; b++ {
			if b > a {
				break
			}
			fmt.Print(a*b, " ")
		}
	}
	fmt.Println()
	// Collatz steps.
	x, steps := 27, 0
	for x != 1 {
		if x%2 == 0 {
			x /= 2
		} else {
			x = 3*x + 1
		}
		steps++
	}
	fmt.Println("collatz(27) steps:", steps)
}
