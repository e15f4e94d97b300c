// Go 1.22 loop variables: a for-clause variable whose address escapes (here
// a closure that assigns it captures it by reference) gets fresh memory in
// every iteration; the post block copies the
// current value into the new cell before the post statement updates it.
package main

// CHECK-LABEL: define void @main.main()
// CHECK: %i.addr = alloca ptr
// CHECK: %i = call ptr @gc_alloc(i64 8, ptr null)
// CHECK: store ptr %i, ptr %i.addr
// CHECK: for.post:
// CHECK: %old = load ptr, ptr %i.addr
// CHECK: %i{{[0-9]+}} = load i64, ptr %old
// CHECK: %[[NEW:i[0-9]+]] = call ptr @gc_alloc(i64 8, ptr null)
// CHECK: store i64 %i{{[0-9]+}}, ptr %[[NEW]]
// CHECK: store ptr %[[NEW]], ptr %i.addr
// CHECK: add i64
func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { i *= 10; return i })
	}
	for _, f := range fs {
		print(f())
	}
	println()
}
