package main

import "fmt"

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, int64(m)/100, int64(m)%100)
}

type InsufficientFunds struct {
	Need, Have Money
}

func (e InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %v, have %v", e.Need, e.Have)
}

type FrozenError struct{ ID int }

func (e *FrozenError) Error() string { return fmt.Sprintf("account %d is frozen", e.ID) }

type Account interface {
	ID() int
	Balance() Money
	Deposit(Money) error
	Withdraw(Money) error
}

type base struct {
	id      int
	balance Money
	frozen  bool
	history []string
}

func (b *base) ID() int          { return b.id }
func (b *base) Balance() Money   { return b.balance }
func (b *base) record(s string)  { b.history = append(b.history, s) }
func (b *base) Deposit(m Money) error {
	if b.frozen {
		return &FrozenError{b.id}
	}
	b.balance += m
	b.record("deposit " + m.String())
	return nil
}

type Checking struct {
	base
	overdraft Money
}

func (c *Checking) Withdraw(m Money) error {
	if c.frozen {
		return &FrozenError{c.id}
	}
	if c.balance+c.overdraft < m {
		return InsufficientFunds{m, c.balance + c.overdraft}
	}
	c.balance -= m
	c.record("withdraw " + m.String())
	return nil
}

type Savings struct {
	base
	rate int // basis points
}

func (s *Savings) Withdraw(m Money) error {
	if s.balance < m {
		return InsufficientFunds{Need: m, Have: s.balance}
	}
	s.balance -= m
	s.record("withdraw " + m.String())
	return nil
}

func (s *Savings) Accrue() {
	interest := s.balance * Money(s.rate) / 10000
	s.balance += interest
	s.record("interest " + interest.String())
}

type Accruer interface{ Accrue() }

type NotFound int

func (n NotFound) Error() string { return fmt.Sprintf("no account %d", int(n)) }

type Bank struct {
	accounts []Account
}

func (b *Bank) Open(a Account) { b.accounts = append(b.accounts, a) }

func (b *Bank) Find(id int) (Account, error) {
	for _, a := range b.accounts {
		if a.ID() == id {
			return a, nil
		}
	}
	return nil, NotFound(id)
}

func (b *Bank) Transfer(from, to int, m Money) error {
	src, err := b.Find(from)
	if err != nil {
		return err
	}
	dst, err := b.Find(to)
	if err != nil {
		return err
	}
	if err := src.Withdraw(m); err != nil {
		return err
	}
	return dst.Deposit(m)
}

func (b *Bank) Total() (t Money) {
	for _, a := range b.accounts {
		t += a.Balance()
	}
	return
}

func main() {
	bank := &Bank{}
	c := &Checking{base: base{id: 1}, overdraft: 5000}
	s := &Savings{base{id: 2, balance: 100000}, 250}
	bank.Open(c)
	bank.Open(s)
	fmt.Println(c.Deposit(2500), bank.Total())
	steps := []struct {
		from, to int
		amt      Money
	}{{1, 2, 1000}, {1, 2, 10000}, {2, 1, 50000}, {2, 3, 1}, {1, 2, 6000}}
	for _, st := range steps {
		err := bank.Transfer(st.from, st.to, st.amt)
		switch e := err.(type) {
		case nil:
			fmt.Println("ok", st.amt, "total", bank.Total())
		case InsufficientFunds:
			fmt.Println("declined:", e.Need-e.Have, "short;", e)
		case *FrozenError:
			fmt.Println("frozen", e.ID)
		default:
			fmt.Println("error:", err)
		}
	}
	s.frozen = true
	err := bank.Transfer(1, 2, 1)
	fmt.Println(err, c.Balance())
	for _, a := range bank.accounts {
		if ac, ok := a.(Accruer); ok {
			ac.Accrue()
		}
		fmt.Printf("%d: %v\n", a.ID(), a.Balance())
	}
	fmt.Println(c.history)
	fmt.Println(s.history, len(s.history))
	fmt.Println(Money(-1234), Money(5))
}
