package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// A spreadsheet: cells hold numbers, text or formulas (=A1+B2*2, =SUM(A1:A3)); evaluation with
// memoisation, dependency tracking, cycle detection with a typed error, and a rendered grid.

type CellRef struct {
	Col byte
	Row int
}

func (c CellRef) String() string { return fmt.Sprintf("%c%d", c.Col, c.Row) }

func ParseRef(s string) (CellRef, error) {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' {
		return CellRef{}, fmt.Errorf("bad cell reference %q", s)
	}
	n, err := strconv.Atoi(s[1:])
	if err != nil || n < 1 {
		return CellRef{}, fmt.Errorf("bad cell reference %q", s)
	}
	return CellRef{s[0], n}, nil
}

type CycleError struct{ Path []CellRef }

func (e *CycleError) Error() string {
	parts := make([]string, len(e.Path))
	for i, p := range e.Path {
		parts[i] = p.String()
	}
	return "cycle: " + strings.Join(parts, " -> ")
}

var ErrRef = errors.New("#REF")

type Sheet struct {
	raw      map[CellRef]string
	cache    map[CellRef]float64
	visiting map[CellRef]bool
	stack    []CellRef
}

func NewSheet() *Sheet {
	return &Sheet{raw: map[CellRef]string{}}
}

func (s *Sheet) Set(ref, val string) {
	r, err := ParseRef(ref)
	if err != nil {
		panic(err)
	}
	s.raw[r] = val
}

func (s *Sheet) Eval(r CellRef) (float64, error) {
	if v, ok := s.cache[r]; ok {
		return v, nil
	}
	if s.visiting[r] {
		path := append(append([]CellRef(nil), s.stack...), r)
		for i, p := range path {
			if p == r {
				path = path[i:]
				break
			}
		}
		return 0, &CycleError{path}
	}
	raw, ok := s.raw[r]
	if !ok || raw == "" {
		return 0, nil
	}
	if raw[0] != '=' {
		v, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			return 0, nil // text counts as zero
		}
		return v, nil
	}
	s.visiting[r] = true
	s.stack = append(s.stack, r)
	defer func() {
		delete(s.visiting, r)
		s.stack = s.stack[:len(s.stack)-1]
	}()
	v, err := s.formula(raw[1:])
	if err != nil {
		return 0, err
	}
	s.cache[r] = v
	return v, nil
}

// formula: terms separated by + and -, each term factors separated by *.
func (s *Sheet) formula(f string) (float64, error) {
	f = strings.ReplaceAll(f, "-", "+-")
	total := 0.0
	for _, term := range strings.Split(f, "+") {
		term = strings.TrimSpace(term)
		if term == "" {
			continue
		}
		prod := 1.0
		for _, factor := range strings.Split(term, "*") {
			factor = strings.TrimSpace(factor)
			neg := strings.HasPrefix(factor, "-")
			factor = strings.TrimPrefix(factor, "-")
			v, err := s.atom(factor)
			if err != nil {
				return 0, err
			}
			if neg {
				v = -v
			}
			prod *= v
		}
		total += prod
	}
	return total, nil
}

func (s *Sheet) atom(a string) (float64, error) {
	if strings.HasPrefix(a, "SUM(") && strings.HasSuffix(a, ")") {
		from, to, ok := strings.Cut(a[4:len(a)-1], ":")
		if !ok {
			return 0, fmt.Errorf("bad range in %s: %w", a, ErrRef)
		}
		r1, err1 := ParseRef(from)
		r2, err2 := ParseRef(to)
		if err1 != nil || err2 != nil {
			return 0, fmt.Errorf("bad range in %s: %w", a, ErrRef)
		}
		sum := 0.0
		for c := r1.Col; c <= r2.Col; c++ {
			for row := r1.Row; row <= r2.Row; row++ {
				v, err := s.Eval(CellRef{c, row})
				if err != nil {
					return 0, err
				}
				sum += v
			}
		}
		return sum, nil
	}
	if v, err := strconv.ParseFloat(a, 64); err == nil {
		return v, nil
	}
	r, err := ParseRef(a)
	if err != nil {
		return 0, fmt.Errorf("%v: %w", err, ErrRef)
	}
	return s.Eval(r)
}

func (s *Sheet) Recalc() map[CellRef]string {
	s.cache = map[CellRef]float64{}
	s.visiting = map[CellRef]bool{}
	out := map[CellRef]string{}
	for r, raw := range s.raw {
		v, err := s.Eval(r)
		var ce *CycleError
		switch {
		case errors.As(err, &ce):
			out[r] = "#CYCLE"
		case errors.Is(err, ErrRef):
			out[r] = "#REF"
		case err != nil:
			out[r] = "#ERR"
		case raw != "" && raw[0] != '=' && func() bool { _, e := strconv.ParseFloat(raw, 64); return e != nil }():
			out[r] = raw
		default:
			out[r] = strconv.FormatFloat(v, 'f', -1, 64)
		}
	}
	return out
}

func render(vals map[CellRef]string, cols string, rows int) {
	fmt.Printf("%3s", "")
	for _, c := range cols {
		fmt.Printf(" %9c", c)
	}
	fmt.Println()
	for r := 1; r <= rows; r++ {
		fmt.Printf("%3d", r)
		for i := range len(cols) {
			fmt.Printf(" %9s", vals[CellRef{cols[i], r}])
		}
		fmt.Println()
	}
}

func main() {
	s := NewSheet()
	s.Set("A1", "item")
	s.Set("B1", "qty")
	s.Set("C1", "price")
	s.Set("D1", "total")
	items := [][3]string{{"pens", "10", "1.5"}, {"paper", "3", "4.25"}, {"ink", "2", "12"}}
	for i, it := range items {
		row := strconv.Itoa(i + 2)
		s.Set("A"+row, it[0])
		s.Set("B"+row, it[1])
		s.Set("C"+row, it[2])
		s.Set("D"+row, "=B"+row+"*C"+row)
	}
	s.Set("A5", "sum")
	s.Set("B5", "=SUM(B2:B4)")
	s.Set("D5", "=SUM(D2:D4)")
	s.Set("D6", "=D5*0.2")
	s.Set("D7", "=D5+D6-1")
	s.Set("A8", "=B8+1")
	s.Set("B8", "=C8*2")
	s.Set("C8", "=A8")
	s.Set("D8", "=Z0+1")
	render(s.Recalc(), "ABCD", 8)

	s.Set("C8", "5")
	s.Set("B3", "30")
	fmt.Println("after edits:")
	vals := s.Recalc()
	render(vals, "ABCD", 8)

	refs := make([]CellRef, 0, len(vals))
	for r := range vals {
		refs = append(refs, r)
	}
	sort.Slice(refs, func(i, j int) bool {
		if refs[i].Row != refs[j].Row {
			return refs[i].Row < refs[j].Row
		}
		return refs[i].Col < refs[j].Col
	})
	fmt.Println(len(refs), refs[:6])
	s2 := NewSheet()
	s2.Set("A1", "=A2")
	s2.Set("A2", "=A3")
	s2.Set("A3", "=A1")
	s2.cache, s2.visiting = map[CellRef]float64{}, map[CellRef]bool{}
	_, err := s2.Eval(CellRef{'A', 1})
	fmt.Println(err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s2.Set("a1", "x")
	}()
}
