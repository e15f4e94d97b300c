package main

import (
	"errors"
	"fmt"
)

// panic with an error value, recovered and re-panicked: gc prints the Error() text plus a marker.

type ConfigError struct {
	Field string
	Value int
}

func (e ConfigError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

func validate(name string, v int) {
	if v < 0 {
		panic(ConfigError{name, v})
	}
	fmt.Println(name, "ok:", v)
}

func safeValidate(name string, v int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	validate(name, v)
	return nil
}

func main() {
	fmt.Println(safeValidate("port", 8080))
	err := safeValidate("timeout", -5)
	fmt.Println("recovered:", err)
	var ce ConfigError
	fmt.Println(errors.As(err, &ce), ce.Field)

	defer fmt.Println("deferred print runs before the crash report")
	defer func() {
		r := recover()
		fmt.Println("main recovered", r, "- panicking again")
		panic(r)
	}()
	validate("retries", 3)
	validate("workers", -1)
	fmt.Println("not reached")
}
