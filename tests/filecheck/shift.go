// Shifts never reach LLVM with a count >= the width (that would be poison):
// the count is clamped and the result selected.  A signed count is checked
// for being negative.
package main

// CHECK-LABEL: define i64 @main.shl(i64 %x, i64 %n)
// CHECK: %negshift = icmp slt i64 %n{{[0-9]*}}, 0
// CHECK: call void @rt_panic_shift()
// CHECK: %inrange = icmp ult i64 %n{{[0-9]*}}, 64
// CHECK: shl i64
// CHECK: select i1 %inrange
func shl(x int, n int) int {
	return x << n
}

// A signed right shift by too much fills with the sign bit: ashr by width-1.
// CHECK-LABEL: define i8 @main.sar(i8 %x, i8 %n)
// CHECK-NOT: rt_panic_shift
// CHECK: %inrange = icmp ult i64 %count, 8
// CHECK: select i1 %inrange, i64 %count, i64 7
// CHECK: ashr i8
func sar(x int8, n uint8) int8 {
	return x >> n
}

func main() {
	println(shl(1, 3), sar(-128, 9))
}
