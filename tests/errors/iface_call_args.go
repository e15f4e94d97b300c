package main

import "fmt"

type Store interface {
	Put(key string, value int) error
}

type Mem struct{ m map[string]int }

func (s Mem) Put(key string, value int) error {
	s.m[key] = value
	return nil
}

func main() {
	var s Store = Mem{map[string]int{}}
	s.Put(1, "one")
	s.Put("a")
	n, err := s.Put("b", 2)
	s.Get("a")
	fmt.Println(n, err)
}
