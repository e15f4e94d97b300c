package main

type I interface{ M() }
type S interface{ String() string }
type T struct{}

func (T) String() int { return 0 }

func main() {
	var x I
	switch v := x.(type) {
	case T:
	}
	_ = x.(T)
	var s S = T{}
	_ = s
}
