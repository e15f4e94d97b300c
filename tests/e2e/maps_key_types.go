package main

import (
	"fmt"
	"sort"
)

// Every comparable key type: integers of each size, strings, bools, floats, runes, pointers,
// structs, arrays, named types, interfaces.

type Pt struct{ X, Y int }
type Grid [3]int8
type Name string
type Pair struct {
	A string
	B [2]bool
}

func main() {
	mi8 := map[int8]string{-128: "min", 127: "max", 0: "zero"}
	mu64 := map[uint64]int{1 << 63: 1, 18446744073709551615: 2, 0: 3}
	mi := map[int]bool{-1: true, 1 << 40: false}
	fmt.Println(mi8, mu64, mi)
	fmt.Println(mi8[-128], mu64[1<<63], mi[1<<40], len(mi))

	mu8 := map[byte]int{}
	for _, b := range []byte("hello world") {
		mu8[b]++
	}
	fmt.Println(mu8)

	mb := map[bool]string{true: "yes", false: "no"}
	fmt.Println(mb[1 < 2], mb[1 > 2], mb)

	mf := map[float64]string{0.1: "a", 0.2: "b", -1.5: "c"}
	fmt.Println(mf[0.1], mf[0.3-0.1] == "", mf)
	mf32 := map[float32]int{0.5: 1, 1e10: 2}
	fmt.Println(mf32)

	// +0 and -0 are the same key
	zero := 0.0
	negZero := -zero
	mz := map[float64]int{}
	mz[zero] = 1
	mz[negZero] = 2
	fmt.Println(len(mz), mz[0])

	mr := map[rune]string{'α': "alpha", 'β': "beta", '😀': "smile"}
	fmt.Println(mr)

	a, b, c := 1, 2, 3
	mp := map[*int]string{&a: "a", &b: "b"}
	mp[&c] = "c"
	mp[&a] = "A"
	fmt.Println(len(mp), mp[&a], mp[&b], mp[&c])
	var np *int
	mp[np] = "nil"
	fmt.Println(len(mp), mp[nil])

	ms := map[Pt]string{{0, 0}: "origin", {1, 0}: "east"}
	ms[Pt{0, 1}] = "north"
	fmt.Println(ms, ms[Pt{1, 0}])

	ma := map[Grid]int{{1, 2, 3}: 6, {0, 0, 0}: 0}
	g := Grid{1, 2, 3}
	ma[g] += 100
	fmt.Println(ma, ma[Grid{}])

	mn := map[Name]int{"x": 1}
	mn[Name("y")] = 2
	fmt.Println(mn)

	mpair := map[Pair]int{}
	mpair[Pair{"k", [2]bool{true, false}}] = 1
	mpair[Pair{"k", [2]bool{true, false}}]++
	mpair[Pair{"k", [2]bool{false, true}}] = 10
	fmt.Println(len(mpair), mpair)

	mstr := map[[2]string]int{{"a", "b"}: 1, {"b", "a"}: 2}
	fmt.Println(mstr[[2]string{"b", "a"}], mstr)

	type Nested struct {
		P   Pt
		Arr [2]Pt
	}
	mnest := map[Nested]bool{{Pt{1, 1}, [2]Pt{{2, 2}, {3, 3}}}: true}
	fmt.Println(mnest[Nested{Pt{1, 1}, [2]Pt{{2, 2}, {3, 3}}}], mnest[Nested{}])

	mc := map[complex128]string{1 + 2i: "c1", 3i: "c2"}
	fmt.Println(mc[1+2i], mc[complex(0, 3)], len(mc))

	var keys []string
	for k := range map[string]struct{}{"z": {}, "m": {}, "a": {}} {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
}
