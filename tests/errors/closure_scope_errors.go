package main

import "fmt"

func main() {
	counter := func() func() int {
		n := 0
		return func() int {
			n++
			return
		}
	}()
	for i := 0; i < 3; i++ {
		go := counter()
		fmt.Println(go)
	}
	fmt.Println(n)
}
