package main

func name() string {
	return 42
}

func pair() (int, string) {
	return "a", 1
}

func main() {
	name()
	pair()
}
