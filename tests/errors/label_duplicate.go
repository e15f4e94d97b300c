package main

func main() {
L:
	for {
		break L
	}
L:
	for {
		continue L
	}
}
