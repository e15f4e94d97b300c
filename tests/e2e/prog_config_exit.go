package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

// A configuration validator: parses INI-style sections into nested maps, validates against a
// schema of typed rules (interfaces), prints a report and exits with status 1 when there are
// errors, as a command-line tool would.

const input = `
[server]
host = example.org
port = 80800
workers = 8
tls = yes

[database]
url = postgres://db:5432/app
pool = 0
timeout = 2.5s

[logging]
level = verbose
file =
`

type Rule interface {
	Check(val string) error
	Describe() string
}

type IntRange struct{ Min, Max int }
type OneOf []string
type NonEmpty struct{}
type Bool struct{}

func (r IntRange) Check(v string) error {
	n, err := strconv.Atoi(v)
	if err != nil {
		return fmt.Errorf("not an integer: %w", err)
	}
	if n < r.Min || n > r.Max {
		return fmt.Errorf("%d outside [%d, %d]", n, r.Min, r.Max)
	}
	return nil
}
func (r IntRange) Describe() string { return fmt.Sprintf("int %d..%d", r.Min, r.Max) }

func (o OneOf) Check(v string) error {
	for _, s := range o {
		if s == v {
			return nil
		}
	}
	return fmt.Errorf("%q is not one of %s", v, strings.Join(o, "|"))
}
func (o OneOf) Describe() string { return "one of " + strings.Join(o, "|") }

func (NonEmpty) Check(v string) error {
	if strings.TrimSpace(v) == "" {
		return errors.New("must not be empty")
	}
	return nil
}
func (NonEmpty) Describe() string { return "non-empty" }

func (Bool) Check(v string) error {
	_, err := strconv.ParseBool(v)
	return err
}
func (Bool) Describe() string { return "bool" }

var schema = map[string]map[string]Rule{
	"server":   {"host": NonEmpty{}, "port": IntRange{1, 65535}, "workers": IntRange{1, 64}, "tls": Bool{}},
	"database": {"url": NonEmpty{}, "pool": IntRange{1, 100}, "timeout": IntRange{1, 60}},
	"logging":  {"level": OneOf{"debug", "info", "warn", "error"}, "file": NonEmpty{}, "rotate": Bool{}},
}

func parse(text string) (map[string]map[string]string, error) {
	cfg := map[string]map[string]string{}
	section := ""
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
		case line[0] == '[' && line[len(line)-1] == ']':
			section = line[1 : len(line)-1]
			cfg[section] = map[string]string{}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok || section == "" {
				return nil, fmt.Errorf("line %d: cannot parse %q", n+1, line)
			}
			cfg[section][strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return cfg, nil
}

// sortedKeys takes the keys already collected by one of the helpers below.
func sortedKeys(ks []string) []string {
	sort.Strings(ks)
	return ks
}

func sectionNames(m map[string]map[string]Rule) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return sortedKeys(ks)
}

func ruleNames(m map[string]Rule) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return sortedKeys(ks)
}

func valueNames(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return sortedKeys(ks)
}

func main() {
	cfg, err := parse(input)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fatal:", err)
		os.Exit(2)
	}
	var problems []string
	for _, sec := range sectionNames(schema) {
		rules := schema[sec]
		vals, ok := cfg[sec]
		if !ok {
			problems = append(problems, fmt.Sprintf("[%s] missing section", sec))
			continue
		}
		for _, key := range ruleNames(rules) {
			rule := rules[key]
			v, present := vals[key]
			if !present {
				fmt.Printf("[%s] %-8s (absent, %s)\n", sec, key, rule.Describe())
				continue
			}
			if err := rule.Check(v); err != nil {
				problems = append(problems, fmt.Sprintf("[%s] %s = %q: %v", sec, key, v, err))
				fmt.Printf("[%s] %-8s FAIL\n", sec, key)
			} else {
				fmt.Printf("[%s] %-8s ok (%s)\n", sec, key, v)
			}
		}
		for _, key := range valueNames(vals) {
			if _, known := rules[key]; !known {
				problems = append(problems, fmt.Sprintf("[%s] unknown key %q", sec, key))
			}
		}
	}
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(os.Stderr, p)
		}
		fmt.Fprintf(os.Stderr, "%d problem(s) found\n", len(problems))
		os.Exit(1)
	}
	fmt.Println("configuration valid")
}
