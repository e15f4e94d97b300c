// Found by fuzz_compile (a mutated tests/e2e/funcs_variadic.go): a call to a
// variadic function whose ...T names an undefined type crashed the checker
// (NULL element type in frontend/check_call.c pack_variadic, SEGV).
package main

func count(xs ...stirgn) int { return len(xs) }

func main() {
	println(count(1, 2))
}
