package main

// A variadic parameter of an undefined type, called with arguments: an error,
// not a crash (found by the fuzzer, tests/fuzz/regress/variadic_undefined_type.go).
func count(xs ...stirgn) int { return len(xs) }

func main() {
	println(count(1, 2))
}
