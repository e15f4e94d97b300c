package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x0 = iota * iota
	x1
	_
	x3
	y  = "str"
	z
	x6 = iota + 100
	x7
)

const (
	FlagRead = 1 << iota
	FlagWrite
	FlagExec
)

func name(d Weekday) string {
	switch d {
	case Sunday:
		return "Sunday"
	case Saturday:
		return "Saturday"
	}
	return "weekday"
}

func main() {
	fmt.Println(Sunday, Monday, Saturday)
	for d := Sunday; d <= Saturday; d++ {
		fmt.Println(d, name(d))
	}
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x3, y, z, x6, x7)
	perm := FlagRead | FlagExec
	fmt.Println(perm, perm&FlagWrite != 0, perm&FlagExec != 0)
	fmt.Printf("%T %d\n", Tuesday, Tuesday)
}
