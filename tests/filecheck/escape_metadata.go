// Each allocation in the IR carries its escape decision as !gosub.escape.
package main

import "fmt"

type Student struct {
	Name string
	Age  int
}

// CHECK-LABEL: define {{.*}}@main.Register(
// CHECK: call ptr @gc_alloc(i64 24, {{.*}}), !gosub.escape ![[NEW:[0-9]+]]
func Register(name string, age int) *Student {
	s := new(Student)
	s.Name = name
	s.Age = age
	return s
}

// CHECK-LABEL: define {{.*}}@main.Sum(
// CHECK: alloca [20 x i64]{{.*}}, !gosub.escape ![[MAKE:[0-9]+]]
func Sum(n int) int {
	a := make([]int, 0, 20)
	for i := 0; i < n && i < 20; i++ {
		a = append(a, i)
	}
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func main() {
	fmt.Println(Register("Jim", 18).Age, Sum(10))
}

// CHECK-DAG: ![[NEW]] = !{!"new(Student) escapes to heap"}
// CHECK-DAG: ![[MAKE]] = !{!"make([]int, 0, 20) does not escape"}
