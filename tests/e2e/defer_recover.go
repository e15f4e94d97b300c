package main

import (
	"errors"
	"fmt"
)

// recover: only inside a deferred call, returns nil when not panicking, stops the panic once,
// works with every kind of panic value.

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

func catch(name string, f func()) {
	defer func() {
		r := recover()
		if _, std := r.(interface{ Unwrap() error }); std || name == "error" {
			// the dynamic types of errors.New and fmt.Errorf values are library internals
			fmt.Printf("%-10s recovered error: %v\n", name, r)
			return
		}
		fmt.Printf("%-10s recovered %T: %v\n", name, r, r)
	}()
	f()
}

func helperRecover() interface{} {
	return recover() // not called directly by the deferred function: returns nil
}

func indirect() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("outer caught: ", r)
		}
	}()
	defer func() {
		r := helperRecover()
		fmt.Println("helper recover got", r)
	}()
	panic("deep")
}

func noPanic() {
	defer func() {
		fmt.Println("recover without panic:", recover())
	}()
	fmt.Println("normal execution")
}

func panicInDefer() {
	defer func() {
		fmt.Println("final recover:", recover())
	}()
	defer func() {
		panic("second panic from defer")
	}()
	panic("first panic")
}

func recoverTwice() {
	defer func() {
		fmt.Println("second recover:", recover())
	}()
	defer func() {
		fmt.Println("first recover:", recover())
	}()
	panic("once")
}

func continueAfter() int {
	total := 0
	for i := range 5 {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("  skipped", i, "because", r)
				}
			}()
			if i%2 == 1 {
				panic(fmt.Sprintf("odd %d", i))
			}
			total += i
		}()
	}
	return total
}

func main() {
	catch("string", func() { panic("a string") })
	catch("int", func() { panic(42) })
	catch("float", func() { panic(1.5) })
	catch("error", func() { panic(errors.New("an error")) })
	catch("custom", func() { panic(&MyErr{7}) })
	catch("slice", func() { panic([]int{1, 2}) })
	catch("struct", func() { panic(struct{ A, B int }{1, 2}) })
	catch("nothing", func() {})
	catch("ptr", func() { panic(&MyErr{9}) })

	fmt.Println(indirect())
	noPanic()
	panicInDefer()
	recoverTwice()
	fmt.Println("total", continueAfter())

	var err error
	func() {
		defer func() {
			if r := recover(); r != nil {
				if e, ok := r.(error); ok {
					err = e
				}
			}
		}()
		panic(&MyErr{3})
	}()
	var me *MyErr
	fmt.Println(err, errors.As(err, &me), me.Code)
}
