package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// An inventory system: products keyed by SKU, warehouses with stock maps, orders that reserve
// stock across warehouses, restocking rules, and reports sorted several ways.

type SKU string

type Product struct {
	SKU      SKU
	Name     string
	Price    float64
	Category string
}

type Warehouse struct {
	Name  string
	Stock map[SKU]int
}

type OrderLine struct {
	SKU SKU
	Qty int
}

type Order struct {
	ID    int
	Lines []OrderLine
}

type StockError struct {
	SKU       SKU
	Wanted    int
	Available int
}

func (e StockError) Error() string {
	return fmt.Sprintf("not enough %s: wanted %d, have %d", e.SKU, e.Wanted, e.Available)
}

var ErrUnknownSKU = errors.New("unknown SKU")

type Inventory struct {
	products   map[SKU]Product
	warehouses []*Warehouse
	sold       map[SKU]int
	revenue    float64
}

func (inv *Inventory) total(s SKU) int {
	n := 0
	for _, w := range inv.warehouses {
		n += w.Stock[s]
	}
	return n
}

func (inv *Inventory) Fulfil(o Order) (float64, error) {
	// check first, then take: an order is all or nothing
	wanted := map[SKU]int{}
	for _, l := range o.Lines {
		if _, ok := inv.products[l.SKU]; !ok {
			return 0, fmt.Errorf("order %d: %w: %s", o.ID, ErrUnknownSKU, l.SKU)
		}
		wanted[l.SKU] += l.Qty
		if have := inv.total(l.SKU); have < wanted[l.SKU] {
			return 0, fmt.Errorf("order %d: %w", o.ID, StockError{l.SKU, wanted[l.SKU], have})
		}
	}
	sum := 0.0
	for _, l := range o.Lines {
		need := l.Qty
		for _, w := range inv.warehouses {
			take := min(need, w.Stock[l.SKU])
			if take > 0 {
				w.Stock[l.SKU] -= take
				need -= take
				fmt.Printf("  order %d: %d x %s from %s\n", o.ID, take, l.SKU, w.Name)
			}
		}
		inv.sold[l.SKU] += l.Qty
		sum += float64(l.Qty) * inv.products[l.SKU].Price
	}
	inv.revenue += sum
	return sum, nil
}

func (inv *Inventory) Restock(threshold, amount int) []SKU {
	var restocked []SKU
	for _, s := range inv.sortedSKUs() {
		if inv.total(s) < threshold {
			inv.warehouses[0].Stock[s] += amount
			restocked = append(restocked, s)
		}
	}
	return restocked
}

func (inv *Inventory) sortedSKUs() []SKU {
	skus := make([]SKU, 0, len(inv.products))
	for s := range inv.products {
		skus = append(skus, s)
	}
	sort.Slice(skus, func(i, j int) bool { return skus[i] < skus[j] })
	return skus
}

func (inv *Inventory) Report() {
	fmt.Printf("%-6s %-14s %8s %6s %5s\n", "SKU", "name", "price", "stock", "sold")
	for _, s := range inv.sortedSKUs() {
		p := inv.products[s]
		fmt.Printf("%-6s %-14s %8.2f %6d %5d\n", s, p.Name, p.Price, inv.total(s), inv.sold[s])
	}
	byCat := map[string]float64{}
	for s, n := range inv.sold {
		p := inv.products[s]
		byCat[p.Category] += float64(n) * p.Price
	}
	cats := make([]string, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Slice(cats, func(i, j int) bool { return byCat[cats[i]] > byCat[cats[j]] })
	for _, c := range cats {
		fmt.Printf("  %-10s %8.2f\n", c, byCat[c])
	}
	fmt.Printf("revenue: %.2f\n", inv.revenue)
}

func main() {
	inv := &Inventory{products: map[SKU]Product{}, sold: map[SKU]int{}}
	for _, p := range []Product{
		{"A100", "widget", 2.50, "parts"},
		{"A200", "gadget", 12.00, "parts"},
		{"B100", "manual", 7.25, "books"},
		{"C100", "cable 1m", 3.99, "cables"},
		{"C200", "cable 5m", 8.49, "cables"},
	} {
		inv.products[p.SKU] = p
	}
	inv.warehouses = []*Warehouse{
		{"north", map[SKU]int{"A100": 10, "A200": 2, "C100": 5}},
		{"south", map[SKU]int{"A100": 5, "B100": 4, "C200": 1}},
		{"east", map[SKU]int{"A200": 3, "C100": 20}},
	}
	orders := []Order{
		{1, []OrderLine{{"A100", 12}, {"C100", 3}}},
		{2, []OrderLine{{"A200", 6}}},
		{3, []OrderLine{{"A200", 4}, {"B100", 1}}},
		{4, []OrderLine{{"Z999", 1}}},
		{5, []OrderLine{{"C100", 22}, {"C200", 1}}},
		{6, []OrderLine{{"A100", 3}, {"A100", 1}}},
		{7, []OrderLine{{"A100", 2}, {"A100", 1}}},
	}
	for _, o := range orders {
		sum, err := inv.Fulfil(o)
		var se StockError
		switch {
		case errors.As(err, &se):
			fmt.Printf("order %d rejected: short by %d of %s (%v)\n", o.ID, se.Wanted-se.Available, se.SKU, err)
		case errors.Is(err, ErrUnknownSKU):
			fmt.Println("order rejected:", err)
		case err != nil:
			fmt.Println("unexpected:", err)
		default:
			fmt.Printf("order %d ok: %.2f\n", o.ID, sum)
		}
	}
	inv.Report()
	fmt.Println("restocked:", inv.Restock(3, 10))
	for _, w := range inv.warehouses {
		fmt.Println(w.Name, w.Stock)
	}
	var names []string
	for _, p := range inv.products {
		names = append(names, strings.ToUpper(p.Name))
	}
	sort.Strings(names)
	fmt.Println(strings.Join(names, " | "))
}
