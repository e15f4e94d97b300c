// Stack sites: when escape analysis keeps an allocation on the stack it is an
// alloca in the entry block, zeroed by a memset where the allocation executes
// (every iteration, for a site inside a loop).  No gc_alloc is called.
package main

type P struct{ x, y int }

// CHECK-LABEL: define i64 @main.local()
// CHECK: entry:
// CHECK: %lit = alloca { i64, i64 }
// CHECK: call void @llvm.memset.p0.i64(ptr align 8 %lit, i8 0, i64 16, i1 false)
// CHECK-NOT: @gc_alloc
// CHECK: ret i64
func local() int {
	p := &P{1, 2}
	return p.x + p.y
}

// CHECK-LABEL: define i64 @main.loop()
// CHECK: entry:
// CHECK: %new = alloca i64
// CHECK: for.body:
// CHECK-NEXT: call void @llvm.memset.p0.i64(ptr align 8 %new, i8 0, i64 8, i1 false)
// CHECK-NOT: @gc_alloc
// CHECK: ret i64
func loop() int {
	t := 0
	for i := 0; i < 3; i++ {
		q := new(int)
		*q = i
		t += *q
	}
	return t
}

func main() {
	println(local(), loop())
}
