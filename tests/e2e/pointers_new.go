package main

import "fmt"

func incr(p *int) { *p++ }

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int {
	p := new(int)
	*p = v
	return p
}

func addrOfLocal() *int {
	x := 5
	return &x
}

// Pointers: new, &x, *p, pointers to pointers, pointers to array elements and slices.
func main() {
	x := 1
	p := &x
	incr(p)
	incr(&x)
	fmt.Println(x, *p, p == &x)
	a, b := 3, 4
	swap(&a, &b)
	fmt.Println(a, b)
	q := newInt(7)
	r := newInt(7)
	fmt.Println(*q, *r, q == r, *q == *r)
	s := addrOfLocal()
	t := addrOfLocal()
	*s = 100
	fmt.Println(*s, *t)
	pp := &p
	**pp = 50
	fmt.Println(x)
	var nilp *int
	fmt.Println(nilp == nil, nilp)
	arr := [4]int{1, 2, 3, 4}
	pe := &arr[2]
	*pe = 30
	fmt.Println(arr)
	pa := &arr
	pa[0] = 10
	fmt.Println(arr, len(pa))
	for i, v := range pa {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	sl := []int{5, 6, 7}
	ps := &sl[1]
	*ps = 60
	fmt.Println(sl)
	pf := new(float64)
	*pf = 2.5
	*pf *= 2
	fmt.Println(*pf)
	ps2 := new([]string)
	*ps2 = append(*ps2, "x", "y")
	fmt.Println(*ps2, len(*ps2))
	pstr := new(string)
	fmt.Printf("%q\n", *pstr)
	ptrs := []*int{new(int), new(int), &x}
	for i, pt := range ptrs {
		*pt += i
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], x)
}
