package main

import "fmt"

type I interface{ M() }
type J interface{ N() }
type T struct{}

func (T) M() {}

func main() {
	var i I = T{}
	_, ok := i.(J)
	fmt.Println(ok)
	j := i.(J)
	fmt.Println(j)
}
