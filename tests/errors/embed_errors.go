package main

type Base struct{ ID int }

func (b *Base) Save() {}

type User struct {
	*Base
	Name string
}

type Saver interface{ Save() }

type Bad struct {
	int
	int
}

func main() {
	var u User
	u.Save()
	var s Saver = User{}
	var t Saver = &u
	_ = s
	_ = t
	u.ID.x = 1
}
