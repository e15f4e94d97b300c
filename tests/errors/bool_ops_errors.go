package main

import "fmt"

func main() {
	ok := true
	n := 1
	fmt.Println(ok && n)
	fmt.Println(!n, ok + ok, ok < ok)
	if n = 2; n {
	}
	for ok := 0; ok; {
	}
}
