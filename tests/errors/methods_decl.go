package main

type T struct{ f int }
type P *T

func (T) M()     {}
func (T) M()     {}
func (t int) N() {}
func (T) f()     {}
func (p P) Q()   {}

func main() {}
