package main

import "fmt"

func main() {
	b := []byte("abc")
	s := string(b)
	var n int = len(s) + "1"
	f := 1.5
	fmt.Println(string(f), n)
	var u uint = -n
	fmt.Println(u, string(b, 1))
	var p *int = &s
	fmt.Println(p)
}
