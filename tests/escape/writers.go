// fmt's Fprint* to an io.Writer: the writer leaks (an interface method call
// takes it), the ... slice stays on the stack, the boxed values escape; a
// strings.Builder passed by address moves to the heap.  fmt.Errorf keeps its
// operands like Sprintf.  A []byte made from a string and only read by the
// callee is converted without a copy.

package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type point struct{ x, y int }

func report(w io.Writer, p *point) { // ERROR "leaking param: w$" "p does not escape$"
	fmt.Fprintf(w, "%d,%d\n", p.x, p.y) // ERROR "\.\.\. argument does not escape$" "p\.x escapes to heap$" "p\.y escapes to heap$"
}

func line(w io.Writer, words ...string) { // ERROR "leaking param: w$" "leaking param content: words$"
	for i, s := range words {
		if i > 0 {
			io.WriteString(w, " ")
		}
		io.WriteString(w, s)
	}
	fmt.Fprintln(w)
}

func wrap(err error, op string) error { // ERROR "leaking param: err$" "leaking param: op$"
	return fmt.Errorf("%s: %w", op, err) // ERROR "\.\.\. argument does not escape$" "op escapes to heap$"
}

func main() {
	var sb strings.Builder // ERROR "moved to heap: sb$"
	p := point{1, 2}
	report(&sb, &p)
	fmt.Fprintln(os.Stdout, sb.String(), len(os.Args) > 5) // ERROR "\.\.\. argument does not escape$" "\(\*strings\.Builder\)\.String\(sb\) escapes to heap$" "len\(os\.Args\) > 5 escapes to heap$"
	fmt.Fprint(os.Stderr, "x", 3, "\n") // ERROR "\.\.\. argument does not escape$" "\"x\" escapes to heap$" "3 escapes to heap$" "\"\\n\" escapes to heap$"
	line(os.Stdout, "a", "b") // ERROR "\.\.\. argument does not escape$"
	n, err := os.Stdout.Write([]byte("hi\n")) // ERROR "\(\[\]byte\)\(\"hi\\n\"\) does not escape$"
	fmt.Println(n, err) // ERROR "\.\.\. argument does not escape$" "n escapes to heap$"
	fmt.Println(wrap(errors.New("boom"), "load")) // ERROR "\.\.\. argument does not escape$"
}
