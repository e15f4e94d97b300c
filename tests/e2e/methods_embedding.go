package main

import "fmt"

// Embedded structs: promoted fields and methods, through values and pointers, several levels deep.

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string  { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) SetName(n string) { b.Name = n }

type Timestamps struct {
	Created, Updated int
}

func (t *Timestamps) Touch(now int) {
	if t.Created == 0 {
		t.Created = now
	}
	t.Updated = now
}

func (t Timestamps) Age(now int) int { return now - t.Created }

type User struct {
	Base
	Timestamps
	Email string
}

type Admin struct {
	*User
	Level int
}

func (a Admin) Describe() string {
	return fmt.Sprintf("Admin[%d] of %s", a.Level, a.User.Describe())
}

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }

type Service struct {
	Logger
	name string
}

func (s *Service) Run() {
	s.Log("starting " + s.name)
	s.Log("running " + s.name)
}

func main() {
	u := User{Base: Base{1, "ann"}, Email: "ann@example.com"}
	fmt.Println(u.ID, u.Name, u.Base.Name, u.Email)
	fmt.Println(u.Describe())
	u.SetName("anne")
	u.Touch(100)
	u.Touch(150)
	fmt.Println(u.Name, u.Created, u.Updated, u.Age(200))
	fmt.Printf("%+v\n", u)

	a := Admin{User: &u, Level: 3}
	fmt.Println(a.Describe())
	fmt.Println(a.User.Describe(), a.Base.Describe())
	a.SetName("root")
	a.Touch(300)
	fmt.Println(u.Name, u.Updated, a.Name, a.ID)
	a.ID = 42
	fmt.Println(u.ID)

	s := &Service{Logger: Logger{prefix: "[svc] "}, name: "db"}
	s.Run()
	s.Logger.Log("direct")
	for _, l := range s.lines {
		fmt.Println(l)
	}

	var s2 Service
	s2.name = "cache"
	s2.Run()
	fmt.Println(len(s2.lines), s2.lines)

	users := []User{
		{Base: Base{2, "bo"}},
		{Base: Base{3, "cy"}},
	}
	for i := range users {
		users[i].SetName(users[i].Name + "!")
		users[i].Touch(i + 1)
	}
	for _, x := range users {
		fmt.Println(x.Describe(), x.Timestamps)
	}

	type Pair struct {
		Base
		Other int
	}
	p := Pair{Base{9, "nine"}, 10}
	fmt.Printf("%v %+v\n", p, p)
	desc := p.Describe
	p.Name = "changed"
	fmt.Println(desc(), p.Describe())
	f := Pair.Describe
	fmt.Println(f(p))
}
