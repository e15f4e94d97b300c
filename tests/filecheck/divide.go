// Integer division checks the divisor for zero and never lets LLVM see
// MinInt / -1 (an overflowing sdiv is undefined behaviour in LLVM).
package main

// CHECK-LABEL: define i64 @main.div(i64 %a, i64 %b)
// CHECK: %divzero = icmp eq i64 %b{{[0-9]*}}, 0
// CHECK: call void @rt_panic_divide()
// CHECK-NEXT: unreachable
// CHECK: %isneg1 = icmp eq i64 %b{{[0-9]*}}, -1
// CHECK: %safe = select i1 %isneg1, i64 1, i64 %b{{[0-9]*}}
// CHECK: sdiv i64 %a{{[0-9]*}}, %safe
// CHECK-NOT: nsw
// CHECK: ret i64
func div(a, b int) int {
	return a / b
}

// Unsigned division needs only the zero check.
// CHECK-LABEL: define i32 @main.udiv(i32 %a, i32 %b)
// CHECK: call void @rt_panic_divide()
// CHECK: urem i32
func udiv(a, b uint32) uint32 {
	return a % b
}

func main() {
	println(div(7, 2), udiv(7, 2))
}
