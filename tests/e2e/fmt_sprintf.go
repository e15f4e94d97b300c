package main

import "fmt"

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func format(it Item) string {
	return fmt.Sprintf("%-10s %3d x %7.2f = %8.2f", it.Name, it.Qty, it.Price, float64(it.Qty)*it.Price)
}

// Sprintf to build strings; Sprint and Sprintln; strings built up piece by piece.
func main() {
	items := []Item{{"apple", 0.5, 12}, {"melon", 3.25, 2}, {"kiwi", 0.2, 30}}
	total := 0.0
	for _, it := range items {
		fmt.Println(format(it))
		total += float64(it.Qty) * it.Price
	}
	fmt.Println(fmt.Sprintf("%-10s %23.2f", "total", total))
	s := fmt.Sprintf("%d-%d-%d", 2024, 1, 15)
	fmt.Println(s, len(s))
	csv := ""
	for i := 0; i < 5; i++ {
		if i > 0 {
			csv += ","
		}
		csv += fmt.Sprintf("%d", i*i)
	}
	fmt.Println(csv)
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("a", "b"), fmt.Sprint(1, "a", 2))
	fmt.Printf("%q\n", fmt.Sprintln("x", 2, true))
	fmt.Println(fmt.Sprintf("%v|%+v|%T", items[0], items[0], items[0]))
	fmt.Println(fmt.Sprintf("%x|%x|%q|%c", 3054, "AB", 'z', 'z'))
	p := fmt.Sprintf("%5.1f%%", 45.678)
	fmt.Println(p)
	nested := fmt.Sprintf("[%s]", fmt.Sprintf("(%s)", fmt.Sprintf("%d", 7)))
	fmt.Println(nested)
	fmt.Println(fmt.Sprintf("%t", len(csv) > 5))
	fmt.Println(fmt.Sprintf(""), fmt.Sprintf("plain"))
}
