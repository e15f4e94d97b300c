package main

import "fmt"

type Meters float64
type Feet float64
type ID int

func main() {
	var m Meters = 3
	var f Feet = 10
	fmt.Println(m + f)
	var id ID = 7
	var n int = id
	total := m * 2.5
	fmt.Println(total > f, n)
	ids := []ID{1, 2}
	var raw []int = ids
	fmt.Println(raw)
}
