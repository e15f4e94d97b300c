package main

import "fmt"

// A package main split over three files: types, constants, functions and package-level
// variables declared in one file are used in the others, and package initialisation follows
// dependencies across files (registry needs defaultShapes, which needs unit).
func main() {
	fmt.Println("shapes:", len(registry))
	for _, s := range registry {
		fmt.Printf("%-8s area=%.2f perimeter=%.2f\n", s.Name, area(s), perimeter(s))
	}
	fmt.Println("total area:", format(totalArea(registry)))
	fmt.Println("kinds:", KindCircle, KindRect, KindSquare, describeKind(KindRect))
	fmt.Println("counter after init:", initCount)
}
