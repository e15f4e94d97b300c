package main

import "fmt"

type Celsius float64

// Failed assertion between a named type and its underlying type.
func main() {
	var v interface{} = Celsius(21.5)
	fmt.Println(v)
	f := v.(float64)
	fmt.Println("never", f)
}
