// Allocation sites: a heap site is a call to gc_alloc with the size and the
// element type's descriptor (null when the type holds no pointers).
package main

type Node struct {
	val  int
	next *Node
}

// CHECK-DAG: @"type:main.Node" = private constant %GoType
// CHECK-LABEL: define ptr @main.push(ptr %list, i64 %v)
// CHECK: call ptr @gc_alloc(i64 16, ptr @"type:main.Node")
func push(list *Node, v int) *Node {
	return &Node{v, list}
}

// A variable whose address escapes lives in memory from its site.
// CHECK-LABEL: define ptr @main.counter()
// CHECK: %n.addr = alloca ptr
// CHECK: %n = call ptr @gc_alloc(i64 8, ptr null)
// CHECK: store ptr %n, ptr %n.addr
func counter() *int {
	n := 0
	return &n
}

// String concatenation allocates the total length through its site.
// CHECK-LABEL: define { ptr, i64 } @main.cat(
// CHECK: %len = add i64 %a.len, %b.len
// CHECK: call ptr @gc_alloc(i64 %{{.*}}, ptr null)
// CHECK: call void @llvm.memcpy
func cat(a, b string) string {
	return a + b
}

func main() {
	l := push(push(nil, 1), 2)
	println(l.val, *counter(), cat("a", "b"))
}
