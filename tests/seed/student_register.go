package main

import "fmt"

// Seed article, section 3 (pointer escape): s := new(Student) is returned, so
// new(Student) escapes to heap.
type Student struct {
	Name string
	Age  int
}

func StudentRegister(name string, age int) *Student {
	s := new(Student) //局部变量s逃逸到堆

	s.Name = name
	s.Age = age

	return s
}

func main() {
	s := StudentRegister("Jim", 18)
	fmt.Println(s.Name, s.Age)
	fmt.Println(*s)
}
