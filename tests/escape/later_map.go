// Maps (issue 4): keys and values stored in a map go to the heap; a map that
// does not outlive its function stays on the stack.

package main

var sink map[string]*int

func Local() int {
	m := make(map[string]int) // ERROR "make\(map\[string\]int\) does not escape$"
	m["a"] = 1
	return len(m)
}

func Store(m map[string]*int) { // ERROR "m does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	m["x"] = &x
}

func Returned() map[string]int {
	return map[string]int{"a": 1} // ERROR "map\[string\]int\{\.\.\.\} escapes to heap$"
}

func Global() {
	sink = make(map[string]*int) // ERROR "make\(map\[string\]\*int\) escapes to heap$"
}

func main() {
	println(Local(), len(Returned()))
	Store(make(map[string]*int)) // ERROR "make\(map\[string\]\*int\) does not escape$"
	Global()
}
