package main

func main() {
	f := 1.5
	for i := range f {
		_ = i
	}
	var p *int
	for range p {
	}
}
