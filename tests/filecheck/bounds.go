// Indexing checks bounds with one unsigned comparison (negative indices are
// huge unsigned ones) and reports through rt_panic_index(i, len).
package main

// CHECK-LABEL: define i64 @main.get({ ptr, i64, i64 } %s, i64 %i)
// CHECK: %len = extractvalue { ptr, i64, i64 } %s{{[0-9]*}}, 1
// CHECK: %oob = icmp uge i64 %i{{[0-9]*}}, %len
// CHECK: call void @rt_panic_index(i64 %i{{[0-9]*}}, i64 %len)
// CHECK: getelementptr i64, ptr %ptr
func get(s []int, i int) int {
	return s[i]
}

// Slicing checks hi against the capacity, then lo against hi.
// CHECK-LABEL: define { ptr, i64, i64 } @main.sub(
// CHECK: call void @rt_panic_slice(i64 1,
// CHECK: call void @rt_panic_slice(i64 2,
func sub(s []int, lo, hi int) []int {
	return s[lo:hi]
}

func main() {
	s := []int{1, 2, 3}
	println(get(s, 1), len(sub(s, 1, 2)))
}
