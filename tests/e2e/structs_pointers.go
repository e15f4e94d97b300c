package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Account struct {
	Owner   string
	Balance int
	History []int
}

func deposit(a *Account, amount int) {
	a.Balance += amount
	a.History = append(a.History, amount)
}

func newAccount(owner string) *Account {
	return &Account{Owner: owner}
}

// Pointers to structs: automatic dereference on field access, &T{...}, new, aliasing.
func main() {
	a := newAccount("ann")
	deposit(a, 100)
	deposit(a, -30)
	fmt.Println(a.Owner, a.Balance, a.History)
	fmt.Println(*a)
	fmt.Printf("%v %+v\n", a, a)
	b := a
	b.Balance = 0
	fmt.Println(a.Balance)
	c := *a
	c.Balance = 500
	fmt.Println(a.Balance, c.Balance)

	n := new(Node)
	n.Val = 1
	n.Next = &Node{Val: 2}
	n.Next.Next = &Node{3, nil}
	for p := n; p != nil; p = p.Next {
		fmt.Print(p.Val, " ")
	}
	fmt.Println()
	(*n).Val = 10
	pp := &n
	(*pp).Next.Val = 20
	fmt.Println(n.Val, n.Next.Val, (**pp).Next.Next.Val)

	// Pointer to a field and to an element of an array field.
	type Box struct {
		Items [3]int
		Count int
	}
	bx := &Box{}
	pc := &bx.Count
	pi := &bx.Items[2]
	*pc = 3
	*pi = 42
	fmt.Println(*bx)
	var np *Node
	fmt.Println(np == nil, n.Next.Next.Next == nil)
	same := &Node{Val: 1}
	other := &Node{Val: 1}
	fmt.Println(same == other, *same == *other, same == same)
}
