package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// A bank-account simulation: accounts with embedded history, typed errors, transfers that roll
// back on failure, interest via an interface, and a statement report.

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrFrozen       = errors.New("account frozen")
	ErrNoAccount    = errors.New("no such account")
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type TxError struct {
	Op      string
	Account string
	Amount  Cents
	Err     error
}

func (e *TxError) Error() string {
	return fmt.Sprintf("%s %v on %s: %v", e.Op, e.Amount, e.Account, e.Err)
}
func (e *TxError) Unwrap() error { return e.Err }

type History struct {
	entries []string
}

func (h *History) Record(format string, args ...any) {
	h.entries = append(h.entries, fmt.Sprintf(format, args...))
}

type Account struct {
	History
	ID       string
	Owner    string
	Balance  Cents
	Frozen   bool
	Overdraw Cents
}

func (a *Account) Deposit(amt Cents) error {
	if a.Frozen {
		return &TxError{"deposit", a.ID, amt, ErrFrozen}
	}
	if amt <= 0 {
		return &TxError{"deposit", a.ID, amt, fmt.Errorf("invalid amount")}
	}
	a.Balance += amt
	a.Record("deposit  %10v -> %v", amt, a.Balance)
	return nil
}

func (a *Account) Withdraw(amt Cents) error {
	if a.Frozen {
		return &TxError{"withdraw", a.ID, amt, ErrFrozen}
	}
	if a.Balance+a.Overdraw < amt {
		return &TxError{"withdraw", a.ID, amt, ErrInsufficient}
	}
	a.Balance -= amt
	a.Record("withdraw %10v -> %v", amt, a.Balance)
	return nil
}

type InterestPolicy interface {
	Interest(a *Account) Cents
}

type FlatRate struct{ BasisPoints int64 }

func (f FlatRate) Interest(a *Account) Cents {
	if a.Balance <= 0 {
		return 0
	}
	return Cents(int64(a.Balance) * f.BasisPoints / 10000)
}

type Tiered struct{}

func (Tiered) Interest(a *Account) Cents {
	switch {
	case a.Balance > 100000:
		return a.Balance * 3 / 100
	case a.Balance > 0:
		return a.Balance / 100
	}
	return 0
}

type Bank struct {
	accounts map[string]*Account
	policy   InterestPolicy
	failures int
}

func (b *Bank) Open(id, owner string, initial Cents) *Account {
	a := &Account{ID: id, Owner: owner}
	b.accounts[id] = a
	if initial > 0 {
		a.Deposit(initial)
	}
	return a
}

func (b *Bank) get(id string) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("lookup %q: %w", id, ErrNoAccount)
	}
	return a, nil
}

func (b *Bank) Transfer(from, to string, amt Cents) (err error) {
	defer func() {
		if err != nil {
			b.failures++
			err = fmt.Errorf("transfer %s->%s failed: %w", from, to, err)
		}
	}()
	src, err := b.get(from)
	if err != nil {
		return err
	}
	dst, err := b.get(to)
	if err != nil {
		return err
	}
	if err := src.Withdraw(amt); err != nil {
		return err
	}
	if err := dst.Deposit(amt); err != nil {
		// roll back
		src.Balance += amt
		src.Record("rollback %10v -> %v", amt, src.Balance)
		return err
	}
	return nil
}

func (b *Bank) ApplyInterest() {
	for _, id := range b.ids() {
		a := b.accounts[id]
		if i := b.policy.Interest(a); i > 0 && !a.Frozen {
			a.Balance += i
			a.Record("interest %10v -> %v", i, a.Balance)
		}
	}
}

func (b *Bank) ids() []string {
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func main() {
	bank := &Bank{accounts: map[string]*Account{}, policy: FlatRate{BasisPoints: 150}}
	bank.Open("A1", "alice", 50000)
	bank.Open("B2", "bob", 12050)
	c := bank.Open("C3", "carol", 0)
	c.Overdraw = 5000

	ops := []struct {
		from, to string
		amt      Cents
	}{
		{"A1", "B2", 10000},
		{"B2", "C3", 30000},
		{"C3", "A1", 4000},
		{"C3", "A1", 2000},
		{"A1", "Z9", 100},
		{"B2", "A1", 22050},
	}
	for _, op := range ops {
		err := bank.Transfer(op.from, op.to, op.amt)
		var txe *TxError
		switch {
		case err == nil:
			fmt.Printf("ok      %s -> %s %v\n", op.from, op.to, op.amt)
		case errors.Is(err, ErrInsufficient):
			errors.As(err, &txe)
			fmt.Printf("DECLINE %v (account %s, op %s)\n", err, txe.Account, txe.Op)
		case errors.Is(err, ErrNoAccount):
			fmt.Printf("UNKNOWN %v\n", err)
		default:
			fmt.Printf("ERROR   %v\n", err)
		}
	}

	bank.accounts["B2"].Frozen = true
	if err := bank.Transfer("A1", "B2", 100); err != nil {
		fmt.Println(err, "| frozen:", errors.Is(err, ErrFrozen))
	}
	if err := bank.accounts["A1"].Deposit(-5); err != nil {
		fmt.Println(err)
	}

	bank.ApplyInterest()
	bank.policy = Tiered{}
	bank.ApplyInterest()

	var total Cents
	for _, id := range bank.ids() {
		a := bank.accounts[id]
		total += a.Balance
		fmt.Printf("== %s (%s) balance %v frozen=%v\n", a.ID, strings.ToUpper(a.Owner), a.Balance, a.Frozen)
		for i, e := range a.entries {
			fmt.Printf("   %2d %s\n", i+1, e)
		}
	}
	fmt.Println("total holdings:", total, "failed transfers:", bank.failures)
}
