// Closures: a func value points at { code, captures... }; by-reference
// captures hold the address of the variable's cell.  Calls load the code
// pointer from word 0 and pass the closure first.
package main

// The captured variable lives in memory from its SITE_VAR site; the closure
// object is allocated with a synthesized descriptor whose mask marks word 1.
// CHECK-DAG: @"type:closure:main.counter.func1" = private constant %GoType { i64 16, i32 25
// CHECK-LABEL: define ptr @main.counter()
// CHECK: %c = call ptr @gc_alloc(i64 8, ptr null)
// CHECK: %closure = call ptr @gc_alloc(i64 16, ptr @"type:closure:main.counter.func1")
// CHECK: store ptr @main.counter.func1, ptr
// CHECK: ret ptr %closure
func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

// A call through a func value checks it for nil and loads the code pointer.
// CHECK-LABEL: define void @main.main()
// CHECK: %isnil = icmp eq ptr %f{{[0-9]+}}, null
// CHECK: %code = load ptr, ptr %f{{[0-9]+}}
// CHECK: call i64 %code(ptr %f{{[0-9]+}})
func main() {
	f := counter()
	f()
	println(f())
}

// Inside the literal, the capture's slot holds the cell's address.
// CHECK-LABEL: define i64 @main.counter.func1(ptr %closure)
// CHECK: %c.cap = getelementptr inbounds { ptr, ptr }, ptr %closure, i32 0, i32 1
// CHECK: store ptr %c, ptr %c.addr
// CHECK: add i64
