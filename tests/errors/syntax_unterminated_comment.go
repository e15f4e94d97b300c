package main

import "fmt"

func main() {
	fmt.Println("start")
	/* this comment
	   never ends
}
