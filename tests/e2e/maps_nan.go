package main

import (
	"fmt"
	"math"
	"sort"
)

// NaN keys: every insertion makes a new entry, lookups never find them, delete cannot remove them,
// range still visits them, clear removes them.

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 7
	m[nan] = 7
	m[nan] = 7
	m[1.5] = 4
	fmt.Println(len(m))
	v, ok := m[nan]
	fmt.Println(v, ok)
	delete(m, nan)
	fmt.Println(len(m))

	sum, nans := 0, 0
	var vals []int
	for k, v := range m {
		if k != k {
			nans++
		}
		sum += v
		vals = append(vals, v)
	}
	sort.Ints(vals)
	fmt.Println(nans, sum, vals)
	fmt.Println(m) // fmt sorts NaN first; equal values keep the output deterministic

	clear(m)
	fmt.Println(len(m), m)

	// NaN inside struct and array keys
	type K struct {
		Name string
		F    float64
	}
	mk := map[K]bool{}
	mk[K{"a", nan}] = true
	mk[K{"a", nan}] = true
	mk[K{"a", 1}] = true
	mk[K{"a", 1}] = false
	fmt.Println(len(mk), mk[K{"a", nan}], mk[K{"a", 1}])

	ma := map[[2]float64]int{}
	ma[[2]float64{1, nan}]++
	ma[[2]float64{1, nan}]++
	ma[[2]float64{1, 2}]++
	ma[[2]float64{1, 2}]++
	fmt.Println(len(ma), ma[[2]float64{1, 2}])

	// interface keys holding NaN
	mi := map[interface{}]string{}
	mi[nan] = "x"
	mi[nan] = "y"
	mi[float32(nan)] = "z"
	mi["nan"] = "s"
	fmt.Println(len(mi), mi["nan"])

	// infinities are ordinary keys
	mf := map[float64]string{math.Inf(1): "+inf", math.Inf(-1): "-inf"}
	mf[math.Inf(1)] = "+INF"
	fmt.Println(len(mf), mf)

	f32 := map[float32]int{}
	n32 := float32(math.NaN())
	f32[n32] = 1
	f32[n32] = 1
	fmt.Println(len(f32), f32)
}
