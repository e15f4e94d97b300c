package main

func pair() (int, int) { return 1, 2 }

func main() {
	x := undefinedThing
	y, z := pair(), 1
	w := 1 + "a"
	var m, n = missing()
}
