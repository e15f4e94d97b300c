package main

import (
	"fmt"
	"sort"
	"strings"
)

// interface{} and any as a universal container: heterogeneous slices and maps, nested values,
// a tiny dynamic "record" type, printing with %v and %T.

type Record map[string]any

func (r Record) Get(path string) any {
	var cur any = r
	for _, part := range strings.Split(path, ".") {
		m, ok := cur.(Record)
		if !ok {
			return nil
		}
		cur = m[part]
	}
	return cur
}

func (r Record) Keys() []string {
	ks := make([]string, 0, len(r))
	for k := range r {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func render(v any, indent string) string {
	switch x := v.(type) {
	case Record:
		var sb strings.Builder
		sb.WriteString("{\n")
		for _, k := range x.Keys() {
			sb.WriteString(indent + "  " + k + ": " + render(x[k], indent+"  ") + "\n")
		}
		sb.WriteString(indent + "}")
		return sb.String()
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = render(e, indent)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case string:
		return fmt.Sprintf("%q", x)
	case nil:
		return "null"
	default:
		return fmt.Sprint(x)
	}
}

func sumNumbers(v any) float64 {
	switch x := v.(type) {
	case int:
		return float64(x)
	case float64:
		return x
	case []any:
		s := 0.0
		for _, e := range x {
			s += sumNumbers(e)
		}
		return s
	case Record:
		s := 0.0
		for _, e := range x {
			s += sumNumbers(e)
		}
		return s
	}
	return 0
}

func main() {
	var items []any
	items = append(items, 1, "two", 3.0, []int{4}, map[string]int{"five": 5}, nil, true, 'r', struct{ A int }{7})
	for _, it := range items {
		fmt.Printf("%v\t%T\n", it, it)
	}
	fmt.Println(items...)
	fmt.Println(items)

	rec := Record{
		"name":  "widget",
		"price": 9.5,
		"qty":   3,
		"tags":  []any{"a", "b", 1},
		"dims":  Record{"w": 2, "h": 4.5, "unit": "cm"},
		"note":  nil,
	}
	fmt.Println(render(rec, ""))
	fmt.Println(rec.Get("dims.w"), rec.Get("dims.unit"), rec.Get("dims.zzz"), rec.Get("name.x"))
	fmt.Println(sumNumbers(rec))

	var a any = 5
	var b interface{} = a
	fmt.Println(a == b)
	a = "now a string"
	fmt.Println(a, b, a == b)

	m := map[any]string{1: "int", "1": "string", 1.0: "float", true: "bool", [2]int{1, 1}: "array"}
	fmt.Println(len(m), m[1], m["1"], m[1.0], m[true], m[[2]int{1, 1}], m[int8(1)] == "")
}
