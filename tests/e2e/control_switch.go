package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func dayKind(d string) string {
	switch d {
	case "Sat", "Sun":
		return "weekend"
	case "":
		return "empty"
	default:
		return "weekday"
	}
}

func fall(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
	case 3:
		out = append(out, "three")
		fallthrough
	default:
		out = append(out, "default")
	}
	return out
}

var trace []int

func val(x int) int {
	trace = append(trace, x)
	return x
}

// switch with and without a tag, multiple case values, fallthrough, init statements, break.
func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	fmt.Println(dayKind("Sun"), dayKind("Mon"), dayKind(""))
	for i := 0; i < 5; i++ {
		fmt.Println(i, fall(i))
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
	case x > 1:
		fmt.Println("x > 1")
	}
	switch y := 2 * 3; y {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5, 6:
		fmt.Println("medium", y)
	}
	// Cases are evaluated top to bottom, left to right, until one matches.
	switch val(3) {
	case val(1), val(2):
		fmt.Println("no")
	case val(3), val(4):
		fmt.Println("matched 3")
	case val(5):
		fmt.Println("no")
	}
	fmt.Println(trace)
	// break inside a switch leaves the switch, not the loop.
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		default:
			fmt.Print("i=", i, " ")
		}
	}
	fmt.Println()
	switch {
	}
	var c byte = 'x'
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant")
	}
	f := 2.5
	switch f {
	case 2.5:
		fmt.Println("two and a half")
	}
	switch true {
	case f > 2:
		fmt.Println("f > 2")
	}
}
