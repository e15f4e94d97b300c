// Complex values are literal structs of their two parts.  Multiplication is
// inline with gc's formula and no fused multiply-add; division goes to the
// runtime in complex128 (complex64 widens and narrows around the call), and
// == compares both parts (ordered, so NaN parts are unequal).
package main

// CHECK-LABEL: define { double, double } @main.mul({ double, double } %a, { double, double } %b)
// CHECK-DAG: %mul.re = fsub double
// CHECK-DAG: %mul.im = fadd double
// CHECK-NOT: fma
// CHECK: ret { double, double }
func mul(a, b complex128) complex128 { return a * b }

// CHECK-LABEL: define { float, float } @main.quo({ float, float } %a, { float, float } %b)
// CHECK: fpext float
// CHECK: call void @rt_complex128div(double %{{.*}}, double %{{.*}}, double %{{.*}}, double %{{.*}}, ptr %quo)
// CHECK: fptrunc double
func quo(a, b complex64) complex64 { return a / b }

// CHECK-LABEL: define i1 @main.eq(
// CHECK-DAG: %eq.re = fcmp oeq double
// CHECK-DAG: %eq.im = fcmp oeq double
// CHECK: %eq = and i1 %eq.re, %eq.im
func eq(a, b complex128) bool { return a == b }

// A constant is a constant struct.
// CHECK-LABEL: define void @main.main()
// CHECK: call { double, double } @main.mul({ double, double } { double 0.000000e+00, double 1.000000e+00 },
func main() {
	println(mul(1i, 1i), quo(1, 2i), eq(1, 1))
}
