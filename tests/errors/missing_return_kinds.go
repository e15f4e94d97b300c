package main

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n > 0:
		return "pos"
	}
}

func loop(n int) int {
	for {
		if n > 10 {
			break
		}
		n++
	}
}

func main() {
	f := func(x int) int {
		if x > 0 {
			return x
		}
	}
	_ = f
	classify(1)
	loop(1)
}
