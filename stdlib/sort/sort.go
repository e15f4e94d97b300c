// Package sort provides primitives for sorting slices and user-defined
// collections (gosub's subset, written for gosub with Go's semantics).
//
// Every sort here is stable: insertion sort for up to twelve elements (the
// same comparisons and swaps as Go's pdqsort makes there), else insertion
// sorted blocks merged in place by rotations.  Go's Sort and Slice are not
// stable, so for more than twelve elements with equal keys the order of the
// equal elements may differ from Go's.
package sort

// An Interface is a collection that can be sorted by the routines of this package.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the element with index j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// lessSwap is the pair of operations the algorithms need.
type lessSwap struct {
	less func(i, j int) bool
	swap func(i, j int)
}

// smallSort: the size up to which a plain insertion sort is used (Go's
// pdqsort does the same up to twelve elements).
const smallSort = 12

// blockSize: the run length sorted by insertion before merging (as Go's Stable).
const blockSize = 20

func insertionSort(data lessSwap, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.less(j, j-1); j-- {
			data.swap(j, j-1)
		}
	}
}

func stableSort(data lessSwap, n int) {
	if n <= smallSort {
		insertionSort(data, 0, n)
		return
	}
	a, b := 0, blockSize
	for b <= n {
		insertionSort(data, a, b)
		a = b
		b += blockSize
	}
	insertionSort(data, a, n)
	for size := blockSize; size < n; size *= 2 {
		a, b = 0, 2*size
		for b <= n {
			merge(data, a, a+size, b)
			a = b
			b += 2 * size
		}
		if m := a + size; m < n {
			merge(data, a, m, n)
		}
	}
}

// merge merges the sorted runs [a, m) and [m, b) in place, stably: the
// longer run is split in half, the other at the matching position (binary
// search), the middle parts swapped by a rotation, and both halves merged
// recursively.
func merge(data lessSwap, a, m, b int) {
	if a >= m || m >= b {
		return
	}
	if b-a == 2 {
		if data.less(m, a) {
			data.swap(a, m)
		}
		return
	}
	var cut1, cut2 int
	if m-a > b-m {
		cut1 = a + (m-a)/2
		cut2 = lowerBound(data, m, b, cut1)
	} else {
		cut2 = m + (b-m)/2
		cut1 = upperBound(data, a, m, cut2)
	}
	rotate(data, cut1, m, cut2)
	mid := cut1 + (cut2 - m)
	merge(data, a, cut1, mid)
	merge(data, mid, cut2, b)
}

// lowerBound: the first index i in [lo, hi) with !less(i, x).
func lowerBound(data lessSwap, lo, hi, x int) int {
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if data.less(h, x) {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// upperBound: the first index i in [lo, hi) with less(x, i).
func upperBound(data lessSwap, lo, hi, x int) int {
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if !data.less(x, h) {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// rotate turns [a, m) [m, b) into [m, b) [a, m) by three reversals.
func rotate(data lessSwap, a, m, b int) {
	reverse(data, a, m)
	reverse(data, m, b)
	reverse(data, a, b)
}

func reverse(data lessSwap, a, b int) {
	for b--; a < b; a, b = a+1, b-1 {
		data.swap(a, b)
	}
}

func fromInterface(data Interface) lessSwap {
	return lessSwap{data.Less, data.Swap}
}

// Sort sorts data in ascending order as determined by the Less method.
func Sort(data Interface) { stableSort(fromInterface(data), data.Len()) }

// Stable sorts data in ascending order, keeping equal elements in their original order.
func Stable(data Interface) { stableSort(fromInterface(data), data.Len()) }

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverseSort struct {
	// This embedded Interface permits Reverse to use the methods of
	// another Interface implementation.
	Interface
}

// Less returns the opposite of the embedded implementation's Less method.
func (r reverseSort) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverseSort{data}
}

// Slice sorts the slice x given the provided less function; it panics if x
// is not a slice.
func Slice(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	stableSort(lessSwap{less, func(i, j int) { sliceSwap(x, i, j) }}, n)
}

// SliceStable sorts the slice x using the provided less function, keeping
// equal elements in their original order.
func SliceStable(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	stableSort(lessSwap{less, func(i, j int) { sliceSwap(x, i, j) }}, n)
}

// SliceIsSorted reports whether the slice x is sorted according to less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// sliceLen is len of the slice in x; it panics when x holds no slice.
func sliceLen(x any) int {
	n := rtSliceLen(x)
	if n < 0 {
		panic(&valueError{"reflect: call of Swapper on " + kindName(x) + " Value"})
	}
	return n
}

type valueError struct{ s string }

func (e *valueError) Error() string { return e.s }

func kindName(x any) string {
	if x == nil {
		return "zero"
	}
	return "non-slice"
}

//gosub:runtime rt_sort_slice_len noescape
func rtSliceLen(x any) int

//gosub:runtime rt_sort_slice_swap noescape
func sliceSwap(x any, i, j int)

// IntSlice attaches the methods of Interface to []int, sorting in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { Sort(x) }

// Search returns the result of applying SearchInts to the receiver and x.
func (p IntSlice) Search(x int) int { return SearchInts(p, x) }

// Float64Slice implements Interface for a []float64, sorting in increasing
// order, with not-a-number (NaN) values ordered before other values.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()              { Sort(x) }
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

func isNaN(f float64) bool { return f != f }

// StringSlice attaches the methods of Interface to []string, sorting in increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()              { Sort(x) }
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) { Sort(IntSlice(x)) }

// Float64s sorts a slice of float64s in increasing order (NaNs first).
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) { Sort(StringSlice(x)) }

// IntsAreSorted reports whether the slice x is sorted in increasing order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// Float64sAreSorted reports whether the slice x is sorted in increasing order.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether the slice x is sorted in increasing order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }

// Search uses binary search to find and return the smallest index i in
// [0, n) at which f(i) is true, assuming that on the range [0, n), f(i) ==
// true implies f(i+1) == true; n if there is no such index.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// Find uses binary search to find and return the smallest index i in [0, n)
// at which cmp(i) <= 0, and whether cmp(i) == 0 there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

// SearchInts searches for x in a sorted slice of ints and returns the index
// as specified by Search.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s searches for x in a sorted slice of float64s.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings searches for x in a sorted slice of strings.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}
