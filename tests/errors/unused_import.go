package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	fmt.Println("hi")
}
