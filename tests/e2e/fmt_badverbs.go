package main

import "fmt"

// fmt's in-band error reports: wrong verb for the type, missing and extra operands.
func main() {
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%t %f\n", 1, "x")
	fmt.Printf("%d %d\n", 2.5, true)
	fmt.Printf("%s\n", nil)
	s := fmt.Sprintf("%c|%t", "s", 3)
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%d", []string{"a"}))
	fmt.Printf("%!\n")
	fmt.Printf("trailing %")
	fmt.Println()
}
