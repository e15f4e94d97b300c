// Found by fuzz_compile under UBSan: frontend/const.c shifted a negative
// constant left (undefined in C): -1 << 63 and friends must fold like Go does.
package main

import "fmt"

const neg = -1 << 63
const neg2 = -5 << 10

func main() {
	fmt.Println(neg, neg2, -1<<62)
}
