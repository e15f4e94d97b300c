// Seed case: a pointer returned from its function escapes.

package main

type Student struct {
	Name string
	Age  int
}

func StudentRegister(name string, age int) *Student { // ERROR "leaking param: name$"
	s := new(Student) // ERROR "new\(Student\) escapes to heap$"

	s.Name = name
	s.Age = age

	return s
}

func main() {
	StudentRegister("Jim", 18)
}
