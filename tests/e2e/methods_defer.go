package main

import "fmt"

type Closer interface{ Close() string }
type F struct{ name string }

func (f *F) Close() string { fmt.Println("closing", f.name); return f.name }
func (f F) Show()          { fmt.Println("show", f.name) }

func main() {
	var c Closer = &F{"a"}
	defer c.Close()
	f := F{"b"}
	defer f.Show()
	f.name = "changed"
	defer (&f).Close()
	g := c.Close
	defer g()
	fmt.Println("body")
}
