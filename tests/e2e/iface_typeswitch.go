package main

import (
	"errors"
	"fmt"
	"strings"
)

// Type switches: bound variable, several types per case, nil case, interface cases, default.

type Celsius float64
type Stringish interface{ String() string }

type Pt struct{ X, Y int }

func (p Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d (doubled %d)", x, 2*x)
	case int8, int16, int32, int64:
		return fmt.Sprintf("sized int %v of type %T", x, x)
	case uint, uint8, uint16, uint32, uint64:
		return fmt.Sprintf("unsigned %v", x)
	case float64:
		return fmt.Sprintf("float64 %.2f", x)
	case Celsius:
		return fmt.Sprintf("temperature %.1f", float64(x))
	case string:
		return "string of length " + fmt.Sprint(len(x)) + ": " + strings.ToUpper(x)
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case error:
		return "error: " + x.Error()
	case Stringish:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprintf("slice of %d ints", len(x))
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	case *int:
		if x == nil {
			return "nil *int"
		}
		return fmt.Sprint("pointer to ", *x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func sizeOf(v interface{}) int {
	switch v.(type) {
	case int8, uint8, bool:
		return 1
	case int16, uint16:
		return 2
	case int32, uint32, float32:
		return 4
	}
	return 8
}

func main() {
	n := 7
	var np *int
	values := []interface{}{
		nil, 42, int8(-3), int64(1 << 40), uint(5), byte('A'), 2.5, Celsius(36.6),
		"héllo", true, false, errors.New("boom"), Pt{1, 2}, []int{1, 2, 3},
		map[string]int{"a": 1}, func() int { return 99 }, &n, np, 'x', [2]int{}, struct{}{},
		float32(1.5),
	}
	for i, v := range values {
		fmt.Printf("%2d: %s\n", i, classify(v))
	}
	for _, v := range []interface{}{int8(1), uint16(2), float32(3), int32(4), 5, "s"} {
		fmt.Print(sizeOf(v), " ")
	}
	fmt.Println()

	// switch on a non-empty interface
	var s Stringish = Pt{3, 4}
	switch p := s.(type) {
	case Pt:
		fmt.Println("Pt with X", p.X)
	}
	// shadowing the switched variable's name
	var v interface{} = "shadow"
	switch v := v.(type) {
	case string:
		v += "ed"
		fmt.Println(v)
	}
	fmt.Println(v)
}
