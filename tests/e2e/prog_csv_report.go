package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// A CSV report generator: a quoted-field CSV reader, typed row parsing with per-line errors,
// group-by aggregation in maps, percentiles, and a formatted report with totals.

const data = `date,region,product,units,unit_price
2024-01-03,north,"Widget, large",12,9.99
2024-01-03,south,Gadget,5,24.50
2024-01-04,north,Gadget,3,24.50
2024-01-04,east,"Widget, large",7,9.99
2024-01-05,south,"Gizmo ""Pro""",2,99.00
2024-01-05,west,Widget,x,4.99
2024-01-06,north,Widget,20,4.99
2024-01-06,east,Gadget,-1,24.50
2024-01-07,south,Widget,15,4.99
2024-01-07,north,"Gizmo ""Pro""",1,99.00
2024-01-08,east,Gadget,9
2024-01-08,west,Gadget,4,24.50`

func parseLine(line string) ([]string, error) {
	var fields []string
	var cur strings.Builder
	inQuotes := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case inQuotes && c == '"' && i+1 < len(line) && line[i+1] == '"':
			cur.WriteByte('"')
			i++
		case c == '"':
			inQuotes = !inQuotes
		case c == ',' && !inQuotes:
			fields = append(fields, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	if inQuotes {
		return nil, errors.New("unterminated quote")
	}
	return append(fields, cur.String()), nil
}

type Sale struct {
	Date, Region, Product string
	Units                 int
	Price                 float64
}

func (s Sale) Revenue() float64 { return float64(s.Units) * s.Price }

type LineError struct {
	Line int
	Err  error
}

func (e LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e LineError) Unwrap() error { return e.Err }

var ErrNegative = errors.New("negative quantity")

func parseSales(text string) ([]Sale, []error) {
	var sales []Sale
	var errs []error
	lines := strings.Split(text, "\n")
	header, _ := parseLine(lines[0])
	for i, l := range lines[1:] {
		f, err := parseLine(l)
		if err == nil && len(f) != len(header) {
			err = fmt.Errorf("expected %d fields, got %d", len(header), len(f))
		}
		var s Sale
		if err == nil {
			s = Sale{Date: f[0], Region: f[1], Product: f[2]}
			s.Units, err = strconv.Atoi(f[3])
		}
		if err == nil && s.Units < 0 {
			err = ErrNegative
		}
		if err == nil {
			s.Price, err = strconv.ParseFloat(f[4], 64)
		}
		if err != nil {
			errs = append(errs, LineError{i + 2, err})
			continue
		}
		sales = append(sales, s)
	}
	return sales, errs
}

func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	idx := p * float64(len(sorted)-1)
	lo := int(idx)
	hi := min(lo+1, len(sorted)-1)
	frac := idx - float64(lo)
	return sorted[lo]*(1-frac) + sorted[hi]*frac
}

func main() {
	sales, errs := parseSales(data)
	fmt.Printf("%d valid rows, %d errors\n", len(sales), len(errs))
	for _, e := range errs {
		var ne *strconv.NumError
		tag := ""
		switch {
		case errors.As(e, &ne):
			tag = " [number: " + ne.Num + "]"
		case errors.Is(e, ErrNegative):
			tag = " [negative]"
		}
		fmt.Println("  ", e, tag)
	}

	byRegion := map[string]float64{}
	byProduct := map[string]int{}
	matrix := map[string]map[string]float64{}
	var revenues []float64
	total := 0.0
	for _, s := range sales {
		r := s.Revenue()
		byRegion[s.Region] += r
		byProduct[s.Product] += s.Units
		if matrix[s.Region] == nil {
			matrix[s.Region] = map[string]float64{}
		}
		matrix[s.Region][s.Product] += r
		revenues = append(revenues, r)
		total += r
	}
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]] > byRegion[regions[j]] })
	fmt.Println("revenue by region:")
	for _, r := range regions {
		fmt.Printf("  %-6s %8.2f %5.1f%%\n", r, byRegion[r], 100*byRegion[r]/total)
	}
	products := make([]string, 0, len(byProduct))
	for p := range byProduct {
		products = append(products, p)
	}
	sort.Strings(products)
	fmt.Printf("%-8s", "")
	for _, p := range products {
		fmt.Printf("%15q", p)
	}
	fmt.Println()
	sort.Strings(regions)
	for _, r := range regions {
		fmt.Printf("%-8s", r)
		for _, p := range products {
			fmt.Printf("%15.2f", matrix[r][p])
		}
		fmt.Println()
	}
	fmt.Printf("%-8s", "units")
	for _, p := range products {
		fmt.Printf("%15d", byProduct[p])
	}
	fmt.Println()
	sort.Float64s(revenues)
	fmt.Printf("total %.2f, min %.2f, median %.2f, p90 %.3f, max %.2f\n",
		total, revenues[0], percentile(revenues, 0.5), percentile(revenues, 0.9), revenues[len(revenues)-1])
	f, err := parseLine(`a,"b,c",,"d""e"`)
	fmt.Printf("%q %v\n", f, err)
	_, err = parseLine(`a,"open`)
	fmt.Println(err)
}
