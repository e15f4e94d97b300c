package main

import "fmt"

type MyErr struct {
	Code int
	Msg  string
}

func (e *MyErr) Error() string { return fmt.Sprintf("E%d: %s", e.Code, e.Msg) }

type ValErr string

func (v ValErr) Error() string { return "valerr " + string(v) }

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type File struct{ data []string }

func (f *File) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}
func (f *File) Write(s string) int { f.data = append(f.data, s); return len(s) }

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

func find(n int) error {
	if n < 0 {
		return &MyErr{n, "negative"}
	}
	if n == 0 {
		return ValErr("zero")
	}
	return nil
}

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string " + x
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice ", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, n := range []int{-1, 0, 1} {
		err := find(n)
		if err != nil {
			fmt.Println("error:", err)
			if me, ok := err.(*MyErr); ok {
				fmt.Println("code", me.Code)
			}
		} else {
			fmt.Println("ok", err == nil)
		}
	}
	var rw ReadWriter = &File{}
	rw.Write("hello")
	rw.Write("world")
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), rw.Read() == "")
	w, ok := r.(Writer)
	fmt.Println(ok, w.Write("x"))
	fmt.Println(Red, Blue, Green)
	fmt.Printf("%v %s %d %x\n", Green, Blue, Green, Red)
	t := Temp(21.5)
	fmt.Println(t, &t)
	fmt.Println(classify(nil), classify(3), classify("s"), classify(ValErr("q")))
	fmt.Println(classify(Blue), classify([]int{1, 2}), classify(2.5), classify(int64(7)))
	var e1, e2 error = ValErr("a"), ValErr("a")
	fmt.Println(e1 == e2, e1 != ValErr("b"))
	var x interface{} = Blue
	fmt.Println(x == Blue, x == Color(2), x == 2)
	cs := []fmt.Stringer{Red, &t}
	for _, c := range cs {
		fmt.Println(c.String())
	}
	errs := []error{&MyErr{1, "a"}, ValErr("b"), nil}
	fmt.Println(errs[0], errs[1], errs[2])
	fmt.Printf("%v|%+v|%s\n", errs[0], MyErr{2, "m"}, errs[1])
	var st fmt.Stringer
	fmt.Println(st == nil)
	defer func() {}()
}
