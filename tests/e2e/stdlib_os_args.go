package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// os.Args (arguments from NAME.args), os.Stdout/os.Stderr with Fprint*, and os.Exit with a status
// that depends on the arguments.

type Options struct {
	verbose bool
	repeat  int
	sep     string
	words   []string
}

func parseArgs(args []string) (Options, error) {
	opts := Options{repeat: 1, sep: " "}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-v":
			opts.verbose = true
		case a == "-n":
			if i+1 >= len(args) {
				return opts, fmt.Errorf("-n needs a value")
			}
			i++
			n, err := strconv.Atoi(args[i])
			if err != nil {
				return opts, fmt.Errorf("bad -n: %w", err)
			}
			opts.repeat = n
		case strings.HasPrefix(a, "-sep="):
			opts.sep = strings.TrimPrefix(a, "-sep=")
		case strings.HasPrefix(a, "-"):
			return opts, fmt.Errorf("unknown flag %s", a)
		default:
			opts.words = append(opts.words, a)
		}
	}
	return opts, nil
}

func main() {
	fmt.Println("argc:", len(os.Args)-1)
	for i, a := range os.Args[1:] {
		fmt.Printf("arg %d: %q\n", i+1, a)
	}
	opts, err := parseArgs(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	if opts.verbose {
		fmt.Fprintf(os.Stderr, "verbose: repeat=%d sep=%q words=%d\n", opts.repeat, opts.sep, len(opts.words))
	}
	line := strings.Join(opts.words, opts.sep)
	for range opts.repeat {
		fmt.Fprintln(os.Stdout, line)
	}
	n, _ := fmt.Fprint(os.Stdout, "printed ", len(line), " bytes per line\n")
	fmt.Fprint(os.Stderr, "wrote ", n, " bytes\n")
	if len(opts.words) > 3 {
		fmt.Fprintln(os.Stderr, "too many words")
		os.Exit(4)
	}
}
