package main

import "fmt"

type E struct{ s string }

func (e E) Error() string { return "E:" + e.s }

func main() {
	var err error = E{"boom"}
	fmt.Println(err)
	panic(err)
}
