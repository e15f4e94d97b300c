package main

type T struct{ n int }

func (t T) Get() int { return t.n }

func main() {
	var p *T
	defer println("deferred")
	println(p.Get())
}
