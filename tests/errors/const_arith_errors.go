package main

import "fmt"

const small int8 = 100

func main() {
	fmt.Println(small * 2)
	const huge = 1 << 62
	var x int32 = huge
	fmt.Println(x, 7.5%2, 10/0.0)
	y := 3
	fmt.Println(y % 0, 1<<y<<70)
}
