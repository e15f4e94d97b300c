// Closures: a func value points at { code, captures... }; by-reference
// captures hold the address of the variable's cell.  Calls load the code
// pointer from word 0 and pass the closure first.
package main

// CHECK-LABEL: define ptr @main.counter()
// CHECK: %c = call ptr @gc_alloc(i64 8, ptr null)
// CHECK: call ptr @gc_alloc(i64 16, ptr @"type:closure:main.counter.func1")
// CHECK: store ptr @main.counter.func1, ptr
func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

// CHECK-LABEL: define i64 @main.counter.func1(ptr %closure)
// CHECK: getelementptr inbounds { ptr, ptr }, ptr %closure, i32 0, i32 1
// CHECK: store ptr %c, ptr %c.addr

// CHECK-LABEL: define void @main.main()
// CHECK: %code = load ptr, ptr %f
// CHECK: call i64 %code(ptr %f
func main() {
	f := counter()
	f()
	println(f())
}
