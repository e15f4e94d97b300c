// Found by fuzz_compile: codegen caches each variable's LLVM global in Obj.cg,
// and os.Args is a universe object shared by every compilation in a process,
// so a second compilation reused the first one's disposed global (SEGV in
// LLVM).  The replay runs this directory's files in one process, in name
// order: os_args_a.go then os_args_b.go.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
}
