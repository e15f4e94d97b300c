package main

import "fmt"

// Sorting slices in place with hand-written algorithms, and binary search.
func insertionSort(a []int) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i - 1
		for j >= 0 && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
}

func quickSort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quickSort(a[:j+1])
	quickSort(a[i:])
}

func mergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	l := mergeSort(a[:mid])
	r := mergeSort(a[mid:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out = append(out, l[0])
			l = l[1:]
		} else {
			out = append(out, r[0])
			r = r[1:]
		}
	}
	out = append(out, l...)
	return append(out, r...)
}

func search(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func gen(n int, seed uint32) []int {
	out := make([]int, n)
	for i := range out {
		seed = seed*1664525 + 1013904223
		out[i] = int(seed>>16) % 1000
	}
	return out
}

func main() {
	a := gen(20, 1)
	fmt.Println(a)
	insertionSort(a)
	fmt.Println(a)
	b := gen(1000, 7)
	quickSort(b)
	ok := true
	for i := 1; i < len(b); i++ {
		if b[i-1] > b[i] {
			ok = false
		}
	}
	fmt.Println("quicksort sorted:", ok, b[0], b[500], b[999])
	c := mergeSort(gen(1000, 7))
	same := true
	for i := range c {
		if c[i] != b[i] {
			same = false
		}
	}
	fmt.Println("mergesort agrees:", same)
	fmt.Println(search(b, b[123]), search(b, -5), search(b, 5000))
	strs := []string{"pear", "fig", "apple", "banana", "cherry"}
	for i := 1; i < len(strs); i++ {
		for j := i; j > 0 && strs[j] < strs[j-1]; j-- {
			strs[j], strs[j-1] = strs[j-1], strs[j]
		}
	}
	fmt.Println(strs)
}
