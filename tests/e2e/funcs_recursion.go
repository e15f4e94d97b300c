package main

import "fmt"

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

// Mutual recursion.
func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 4 {
		fmt.Println("move disk 4 from", from, "to", to)
	}
	hanoi(n-1, via, to, from, moves)
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [16]int
	pad[n%16] = n
	return depth(n-1) + 1 + pad[n%16] - n
}

func main() {
	for i := 0; i <= 20; i += 5 {
		fmt.Println(i, fact(i))
	}
	fmt.Println(fib(25))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	moves := 0
	hanoi(10, "A", "C", "B", &moves)
	fmt.Println("moves:", moves)
	fmt.Println(gcd(1071, 462), gcd(17, 5))
	fmt.Println(depth(10000))
}
