package main

import "fmt"

type User struct {
	Name string
	Age  int
}

func NewUser(name string) *User {
	return User{Name: name}
}

func (u User) Birthday() {
	u.Age++
}

func main() {
	u := NewUser("ann")
	u.birthday()
	var v User = u
	fmt.Println(v.name, u.Email)
}
