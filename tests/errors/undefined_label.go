package main

func main() {
	for i := 0; i < 3; i++ {
		if i == 1 {
			continue nowhere
		}
	}
	goto end
}
