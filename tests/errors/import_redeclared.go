package main

import (
	"fmt"
	"fmt"
	"strings"
)

func main() {
	strings := []string{"a"}
	fmt.Println(strings)
}
