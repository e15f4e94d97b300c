package main

type Account struct{ balance int }

func (a *Account) Deposit(n int) { a.balance += n }

func main() {
	accounts := map[string]Account{"x": {}}
	accounts["x"].Deposit(5)
	accounts["x"].balance++
	list := []Account{{}}
	list[0].Deposit(1)
	Account{}.Deposit(2)
}
