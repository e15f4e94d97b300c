package main

import "fmt"

type Stringer interface{ String() string }
type T int

func (t T) String() string { return "T" }

func main() {
	var i interface{} = 5
	s := i.(Stringer)
	fmt.Println(s)
}
