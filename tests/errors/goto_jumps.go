package main

func main() {
	goto L
	{
	L:
		println()
	}
	goto M
	x := 1
	_ = x
M:
	if true {
		goto N
	}
	for {
	N:
	}
}
