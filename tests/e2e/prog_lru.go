package main

import (
	"fmt"
	"strings"
)

// An LRU cache: a doubly linked list with sentinel plus a map from key to node; statistics,
// eviction callbacks, and a memoised function built on top of it.

type node struct {
	key        string
	value      int
	prev, next *node
}

type LRU struct {
	cap     int
	items   map[string]*node
	head    node // sentinel: head.next is most recent
	hits    int
	misses  int
	onEvict func(k string, v int)
}

func NewLRU(capacity int) *LRU {
	c := &LRU{cap: capacity, items: make(map[string]*node)}
	c.head.next = &c.head
	c.head.prev = &c.head
	return c
}

func (c *LRU) unlink(n *node) {
	n.prev.next = n.next
	n.next.prev = n.prev
}

func (c *LRU) pushFront(n *node) {
	n.next = c.head.next
	n.prev = &c.head
	c.head.next.prev = n
	c.head.next = n
}

func (c *LRU) Get(k string) (int, bool) {
	n, ok := c.items[k]
	if !ok {
		c.misses++
		return 0, false
	}
	c.hits++
	c.unlink(n)
	c.pushFront(n)
	return n.value, true
}

func (c *LRU) Put(k string, v int) {
	if n, ok := c.items[k]; ok {
		n.value = v
		c.unlink(n)
		c.pushFront(n)
		return
	}
	n := &node{key: k, value: v}
	c.items[k] = n
	c.pushFront(n)
	if len(c.items) > c.cap {
		last := c.head.prev
		c.unlink(last)
		delete(c.items, last.key)
		if c.onEvict != nil {
			c.onEvict(last.key, last.value)
		}
	}
}

func (c *LRU) Keys() []string {
	var ks []string
	for n := c.head.next; n != &c.head; n = n.next {
		ks = append(ks, n.key)
	}
	return ks
}

func (c *LRU) String() string {
	var parts []string
	for n := c.head.next; n != &c.head; n = n.next {
		parts = append(parts, fmt.Sprintf("%s:%d", n.key, n.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	var evicted []string
	c := NewLRU(3)
	c.onEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s=%d", k, v)) }
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	c.Get("a")
	c.Put("d", 4)
	fmt.Println(c, evicted)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c, evicted)
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		v, ok := c.Get(k)
		fmt.Printf("get %s -> %d %v\n", k, v, ok)
	}
	fmt.Println(c.Keys(), len(c.items), "hits", c.hits, "misses", c.misses)

	// memoised collatz lengths through a small cache
	cache := NewLRU(50)
	var calls int
	var collatz func(n int) int
	collatz = func(n int) int {
		calls++
		if n == 1 {
			return 1
		}
		key := fmt.Sprint(n)
		if v, ok := cache.Get(key); ok {
			return v
		}
		next := n / 2
		if n%2 == 1 {
			next = 3*n + 1
		}
		v := 1 + collatz(next)
		cache.Put(key, v)
		return v
	}
	best, bestN := 0, 0
	for n := 1; n <= 3000; n++ {
		if l := collatz(n); l > best {
			best, bestN = l, n
		}
	}
	fmt.Println("longest chain under 3000:", bestN, best)
	fmt.Println("calls", calls, "hits", cache.hits, "misses", cache.misses, "size", len(cache.items))
	fmt.Println("most recent:", cache.Keys()[:5])
}
