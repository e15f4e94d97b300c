package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// A library system: items of different kinds share an embedded base, implement a Loanable
// interface with kind-specific rules; members, loans by day number, fines, typed errors.

type Base struct {
	ID    string
	Title string
	Year  int
}

func (b Base) Describe() string { return fmt.Sprintf("%s %q (%d)", b.ID, b.Title, b.Year) }
func (b Base) Key() string      { return b.ID }

type Book struct {
	Base
	Author string
	Pages  int
}

type DVD struct {
	Base
	Minutes int
}

type Magazine struct {
	Base
	Issue int
}

type Loanable interface {
	Key() string
	Describe() string
	LoanDays() int
	DailyFine() int
}

func (b Book) LoanDays() int  { return 21 }
func (b Book) DailyFine() int { return 10 }
func (b Book) Describe() string {
	return b.Base.Describe() + " by " + b.Author
}
func (d DVD) LoanDays() int      { return 7 }
func (d DVD) DailyFine() int     { return 50 }
func (m Magazine) LoanDays() int { return 0 } // reference only
func (m Magazine) DailyFine() int {
	return 0
}

type Member struct {
	Name  string
	Limit int
	Fines int
}

type Loan struct {
	Item   Loanable
	Member *Member
	Due    int
}

var (
	ErrNotLoanable = errors.New("item cannot be borrowed")
	ErrOnLoan      = errors.New("item already on loan")
	ErrLimit       = errors.New("loan limit reached")
	ErrHasFines    = errors.New("member has unpaid fines")
)

type LoanError struct {
	Member string
	Item   string
	Err    error
}

func (e *LoanError) Error() string { return e.Member + " / " + e.Item + ": " + e.Err.Error() }
func (e *LoanError) Unwrap() error { return e.Err }

type Library struct {
	items map[string]Loanable
	loans map[string]*Loan
	log   []string
}

func (l *Library) Add(items ...Loanable) {
	for _, it := range items {
		l.items[it.Key()] = it
	}
}

func (l *Library) count(m *Member) int {
	n := 0
	for _, ln := range l.loans {
		if ln.Member == m {
			n++
		}
	}
	return n
}

func (l *Library) Borrow(m *Member, id string, day int) error {
	it := l.items[id]
	fail := func(err error) error { return &LoanError{m.Name, id, err} }
	switch {
	case it.LoanDays() == 0:
		return fail(ErrNotLoanable)
	case l.loans[id] != nil:
		return fail(fmt.Errorf("%w (due day %d)", ErrOnLoan, l.loans[id].Due))
	case m.Fines > 0:
		return fail(ErrHasFines)
	case l.count(m) >= m.Limit:
		return fail(ErrLimit)
	}
	l.loans[id] = &Loan{it, m, day + it.LoanDays()}
	l.log = append(l.log, fmt.Sprintf("day %2d: %s borrows %s, due %d", day, m.Name, id, day+it.LoanDays()))
	return nil
}

func (l *Library) Return(id string, day int) int {
	ln, ok := l.loans[id]
	if !ok {
		return 0
	}
	delete(l.loans, id)
	fine := 0
	if late := day - ln.Due; late > 0 {
		fine = late * ln.Item.DailyFine()
		ln.Member.Fines += fine
	}
	l.log = append(l.log, fmt.Sprintf("day %2d: %s returns %s, fine %d", day, ln.Member.Name, id, fine))
	return fine
}

func main() {
	lib := &Library{items: map[string]Loanable{}, loans: map[string]*Loan{}}
	lib.Add(
		Book{Base{"B1", "The Go Programming Language", 2015}, "Donovan & Kernighan", 380},
		Book{Base{"B2", "Structure and Interpretation", 1985}, "Abelson & Sussman", 657},
		DVD{Base{"D1", "Hackers", 1995}, 105},
		Magazine{Base{"M1", "Byte", 1984}, 9},
	)
	ann := &Member{Name: "ann", Limit: 2}
	bob := &Member{Name: "bob", Limit: 1}

	attempts := []struct {
		m   *Member
		id  string
		day int
	}{
		{ann, "B1", 1}, {ann, "D1", 2}, {ann, "B2", 3}, {bob, "B1", 4}, {bob, "M1", 4}, {bob, "B2", 5},
	}
	for _, a := range attempts {
		if err := lib.Borrow(a.m, a.id, a.day); err != nil {
			var le *LoanError
			errors.As(err, &le)
			fmt.Printf("refused: %v [limit=%v onloan=%v]\n", err, errors.Is(err, ErrLimit), errors.Is(err, ErrOnLoan))
			continue
		}
	}
	fmt.Println("fine D1:", lib.Return("D1", 12))
	fmt.Println("fine B1:", lib.Return("B1", 20))
	fmt.Println("fine X9:", lib.Return("X9", 20))
	if err := lib.Borrow(ann, "D1", 13); err != nil {
		fmt.Println("refused:", err, errors.Is(err, ErrHasFines))
	}
	ann.Fines = 0
	fmt.Println(lib.Borrow(ann, "D1", 14))
	fmt.Println(lib.Return("B2", 40), bob.Fines)

	for _, l := range lib.log {
		fmt.Println(l)
	}
	ids := make([]string, 0, len(lib.items))
	for id := range lib.items {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		it := lib.items[id]
		status := "available"
		if ln, ok := lib.loans[id]; ok {
			status = "on loan to " + ln.Member.Name
		}
		kind := strings.TrimPrefix(fmt.Sprintf("%T", it), "main.")
		fmt.Printf("%-9s %-58s %s\n", kind, it.Describe(), status)
	}
}
