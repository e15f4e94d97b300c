// The second compilation of the os.Args pair (see os_args_a.go).
package main

import "os"

func main() {
	args := os.Args
	println(len(args) > 0)
}
