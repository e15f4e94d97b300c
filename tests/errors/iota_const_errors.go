package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday = "tue"
)

const big uint8 = 255 + iota

func main() {
	x := iota
	const s string = Sunday
	fmt.Println(Monday, Tuesday, big, x, s)
}
