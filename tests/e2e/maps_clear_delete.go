package main

import (
	"fmt"
	"sort"
)

// delete during range, clear on maps and slices, len after each, reuse after clear.

type Cache struct {
	data  map[string]int
	limit int
	order []string
}

func NewCache(limit int) *Cache {
	return &Cache{data: make(map[string]int), limit: limit}
}

func (c *Cache) Put(k string, v int) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
	}
	c.data[k] = v
	for len(c.data) > c.limit {
		oldest := c.order[0]
		c.order = c.order[1:]
		delete(c.data, oldest)
		fmt.Println("  evicted", oldest)
	}
}

func (c *Cache) Get(k string) (int, bool) {
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Reset() {
	clear(c.data)
	c.order = c.order[:0]
}

func main() {
	m := map[int]int{}
	for i := range 20 {
		m[i] = i * i
	}
	fmt.Println(len(m))
	for k, v := range m {
		if k%3 != 0 {
			delete(m, k)
		}
		_ = v
	}
	fmt.Println(len(m), m)

	clear(m)
	fmt.Println(len(m), m)
	m[5] = 25
	fmt.Println(len(m), m)

	s := []int{1, 2, 3, 4}
	clear(s)
	fmt.Println(s, len(s))
	strs := []string{"a", "b", "c"}
	clear(strs[1:])
	fmt.Printf("%q\n", strs)
	ptrs := []*int{new(int), new(int)}
	clear(ptrs)
	fmt.Println(ptrs[0] == nil, ptrs[1] == nil)

	c := NewCache(3)
	for i, k := range []string{"a", "b", "c", "a", "d", "e", "b"} {
		fmt.Println("put", k)
		c.Put(k, i)
	}
	keys := make([]string, 0)
	for k := range c.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, c.data)
	v, ok := c.Get("a")
	fmt.Println(v, ok)
	v, ok = c.Get("e")
	fmt.Println(v, ok)
	c.Reset()
	fmt.Println(len(c.data), len(c.order))
	c.Put("z", 26)
	fmt.Println(c.data)

	// a map with many deletions then reinsertions
	big := map[int]string{}
	for i := range 1000 {
		big[i] = fmt.Sprint(i)
	}
	for i := range 1000 {
		if i%10 != 0 {
			delete(big, i)
		}
	}
	fmt.Println(len(big), big[990], big[991] == "")
	for i := range 500 {
		big[i+2000] = "x"
	}
	fmt.Println(len(big))
	sum := 0
	for k := range big {
		sum += k
	}
	fmt.Println(sum)
}
