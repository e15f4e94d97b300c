package main

import "fmt"

func main() {
	price := 10
	fmt.Println(price§)
}
