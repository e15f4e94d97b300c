package main

import "fmt"

func main() {
Loop:
	for i := 0; i < 3; i++ {
		fmt.Println(i)
	}
Done:
	fmt.Println("done")
}
