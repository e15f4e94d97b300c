// Seed case (issue 4: channels): a pointer sent on a channel escapes.

package main

func Send(c chan *int) { // ERROR "c does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	c <- &x
}

func SendValue(c chan int) { // ERROR "c does not escape$"
	x := 1
	c <- x
}

func main() {
	c := make(chan *int, 1)
	Send(c)
	d := make(chan int, 1)
	SendValue(d)
	println(*<-c, <-d)
}
