package main

import (
	"errors"
	"fmt"
	"os"
)

// Print vs Println spacing rules, Sprint/Sprintln, Fprint* to Stdout and Stderr, return values,
// Stringer and error precedence, %v on types implementing both.

type Both struct{}

func (Both) String() string { return "as-stringer" }
func (Both) Error() string  { return "as-error" }

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Wrapped struct{ M Money }

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "\n")
	fmt.Println("a", "b", 1, 2, true)
	s := fmt.Sprint("x", 1, 2, "y", 3, "z")
	fmt.Println(s, len(s))
	s = fmt.Sprintln("line", 1, 2)
	fmt.Printf("%q\n", s)
	s = fmt.Sprint()
	fmt.Printf("%q\n", s)
	s = fmt.Sprint(nil, nil)
	fmt.Printf("%q\n", s)
	s = fmt.Sprint(errors.New("e1"), errors.New("e2"))
	fmt.Printf("%q\n", s)
	s = fmt.Sprint(Money(1), Money(250))
	fmt.Printf("%q\n", s)

	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, err = fmt.Print("ab", "cd\n")
	fmt.Println(n, err)
	n, _ = fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Println(n)
	n, _ = fmt.Fprint(os.Stderr, "to stderr ", 2, "\n")
	fmt.Println(n)
	fmt.Fprintf(os.Stderr, "formatted %s %d\n", "error", 3)
	fmt.Fprintln(os.Stderr, "multiple", "values", 4.5)

	fmt.Println(Both{})
	fmt.Printf("%v %s %+v\n", Both{}, Both{}, Both{})
	fmt.Println(Money(12345), Money(-5), Money(7))
	fmt.Printf("%v %d %s %10v|\n", Money(99), Money(99), Money(99), Money(100))
	fmt.Println(Wrapped{Money(150)}, []Money{1, 2000}, map[string]Money{"x": 5})
	fmt.Printf("%+v %#v\n", Wrapped{150}, Wrapped{150})
	var st fmt.Stringer = Money(42)
	fmt.Println(st)
	fmt.Printf("%T %T\n", st, Both{})

	str := fmt.Sprintf("%s|%v|%d", []string{"a"}, []interface{}{1, "b", nil}, []int8{-1, 2})
	fmt.Println(str)
	e := fmt.Errorf("code %d: %s", 404, "not found")
	fmt.Println(e, e.Error() == "code 404: not found")
	fmt.Println(fmt.Sprint(3, 4.0, "5", '6', []byte("7")))
	fmt.Println(fmt.Sprintln() == "\n")
}
