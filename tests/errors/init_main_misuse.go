package main

import "fmt"

func init() {
	fmt.Println("init")
}

func init() int { return 1 }

func helper() {
	init()
	f := init
	_ = f
}

func main(args []string) {
	helper()
}
