// Constant operands boxed into interfaces: gc prints each as its value
// (go/constant's spelling: floats to 6 digits, runes quoted, long strings
// cut), wrapped as T(v) unless T is the default type of its kind.

package main

import "fmt"

const k = 4
const name = "gosub"
const pi = 3.14159265358979

type Color int

const Red Color = 2

func main() {
	fmt.Println(k, name, pi, Red, pi*2, 1.5, 1e100, 'x'+1, '\n', int64(5), float32(2.5), uint(7)) // ERROR "\.\.\. argument does not escape$" "4 escapes to heap$" "\"gosub\" escapes to heap$" "3\.14159 escapes to heap$" "Color\(2\) escapes to heap$" "6\.28319 escapes to heap$" "1\.5 escapes to heap$" "1e\+100 escapes to heap$" "'y' escapes to heap$" "'\\n' escapes to heap$" "int64\(5\) escapes to heap$" "float32\(2\.5\) escapes to heap$" "uint\(7\) escapes to heap$"
	fmt.Println(k == 4, len("abc"), Red+1, 1<<40, 2.0, 7/2.0, -0.0, rune(65), string(rune(65))) // ERROR "\.\.\. argument does not escape$" "true escapes to heap$" "3 escapes to heap$" "Color\(3\) escapes to heap$" "1099511627776 escapes to heap$" "2 escapes to heap$" "3\.5 escapes to heap$" "0 escapes to heap$" "'A' escapes to heap$" "\"A\" escapes to heap$"
	fmt.Println("a long string that is more than seventy-two characters long, surely, yes it is") // ERROR "\.\.\. argument does not escape$" "\"a long string that is more than seventy-two characters long, surely,\.\.\. escapes to heap$"
	fmt.Println(1e-7, 0.1+0.2, 1234567.5, -3, ^0, 'é', "tab\there") // ERROR "\.\.\. argument does not escape$" "1e-07 escapes to heap$" "0\.3 escapes to heap$" "1\.23457e\+06 escapes to heap$" "-3 escapes to heap$" "-1 escapes to heap$" "'é' escapes to heap$" "\"tab\\there\" escapes to heap$"
}
