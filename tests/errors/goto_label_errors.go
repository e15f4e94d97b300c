package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	goto done
	fmt.Println("skip")
	goto missing
	for {
		break loop
	}
done:
}
