package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// strconv's error values: *NumError with Func, Num and Err; ErrSyntax and ErrRange via errors.Is;
// a config parser that reports them.

type Config struct {
	Port    int
	Ratio   float64
	Debug   bool
	MaxConn int8
}

func parseConfig(text string) (Config, []error) {
	var c Config
	var errs []error
	for lineNo, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, fmt.Errorf("line %d: missing '='", lineNo+1))
			continue
		}
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		var err error
		switch key {
		case "port":
			c.Port, err = strconv.Atoi(val)
		case "ratio":
			c.Ratio, err = strconv.ParseFloat(val, 64)
		case "debug":
			c.Debug, err = strconv.ParseBool(val)
		case "maxconn":
			var n int64
			n, err = strconv.ParseInt(val, 10, 8)
			c.MaxConn = int8(n)
		default:
			err = fmt.Errorf("unknown key %q", key)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %s: %w", lineNo+1, key, err))
		}
	}
	return c, errs
}

func main() {
	_, err := strconv.Atoi("12a")
	ne := err.(*strconv.NumError)
	fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	fmt.Println(err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	n, err := strconv.ParseInt("-300", 10, 8)
	fmt.Println(n, err)
	un, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(un, err)
	f, err := strconv.ParseFloat("1e999", 64)
	fmt.Println(f, err, errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseInt("1", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseBool("maybe")
	fmt.Println(err)

	text := `
# server settings
port = 8080
ratio = 0.75
debug = true
maxconn = 100
timeout = 30
port = http
maxconn = 1000
ratio = 1.5.2
this line is broken
debug = 1
`
	c, errs := parseConfig(text)
	fmt.Printf("%+v\n", c)
	for _, e := range errs {
		var numErr *strconv.NumError
		kind := "other"
		if errors.As(e, &numErr) {
			switch {
			case errors.Is(e, strconv.ErrSyntax):
				kind = "syntax"
			case errors.Is(e, strconv.ErrRange):
				kind = "range"
			}
		}
		fmt.Printf("%-6s %v\n", kind, e)
	}
}
