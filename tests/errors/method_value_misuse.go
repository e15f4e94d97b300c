package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func (c Counter) Get() int { return c.n }

func main() {
	var c Counter
	x := c.Get
	fmt.Println(x + 1)
	Counter.Inc(c)
	fmt.Println(Counter.Get())
	c.Get = nil
}
