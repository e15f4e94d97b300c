package main

import "fmt"

// The collector's roots: data reachable only from globals, from a closure's environment,
// from interface{} boxes and from locals must survive heavy allocation (about 300 MB of
// garbage, small and large objects mixed). Checksums catch anything freed too early.
type Item struct {
	ID   int
	Name string
	Next *Item
	Buf  []int
}

var globalList *Item
var globalBoxes []interface{}
var globalSlices [][]byte

func newItem(id int) *Item {
	buf := make([]int, 8)
	for i := range buf {
		buf[i] = id * i
	}
	return &Item{ID: id, Name: fmt.Sprint("item-", id), Buf: buf}
}

func sumList(l *Item) int {
	s := 0
	for it := l; it != nil; it = it.Next {
		s += it.ID + len(it.Name) + it.Buf[7]
	}
	return s
}

func makeKeeper() func() int {
	kept := newItem(12345)
	kept.Next = newItem(54321)
	return func() int { return kept.ID + kept.Next.ID + kept.Next.Buf[3] }
}

func churn(rounds int) int {
	junk := 0
	for r := 0; r < rounds; r++ {
		it := newItem(r)
		junk += it.Buf[1]
		if r%1000 == 0 {
			big := make([]byte, 1<<18)
			big[len(big)-1] = byte(r)
			junk += int(big[len(big)-1])
		}
	}
	return junk
}

func main() {
	for i := 0; i < 1000; i++ {
		it := newItem(i)
		it.Next = globalList
		globalList = it
	}
	for i := 0; i < 100; i++ {
		globalBoxes = append(globalBoxes, newItem(i), fmt.Sprint("box", i), [4]int{i, i, i, i})
	}
	for i := 0; i < 4; i++ {
		b := make([]byte, 100000)
		b[99999] = byte(i + 1)
		globalSlices = append(globalSlices, b)
	}
	keeper := makeKeeper()
	local := newItem(777)
	wantList := sumList(globalList)
	wantKeep := keeper()
	fmt.Println("before:", wantList, wantKeep, local.Name)

	junk := 0
	for phase := 0; phase < 10; phase++ {
		junk += churn(100000)
		ok := sumList(globalList) == wantList && keeper() == wantKeep && local.Buf[7] == 777*7
		fmt.Println("phase", phase, "ok:", ok)
	}
	fmt.Println("junk:", junk)
	boxed := 0
	for _, b := range globalBoxes {
		switch {
		case b == nil:
		default:
			if it, ok := b.(*Item); ok {
				boxed += it.Buf[7]
			} else if s, ok := b.(string); ok {
				boxed += len(s)
			} else if a, ok := b.([4]int); ok {
				boxed += a[3]
			}
		}
	}
	fmt.Println("boxes:", boxed)
	last := 0
	for _, s := range globalSlices {
		last += int(s[99999])
	}
	fmt.Println("slices:", last, "local:", local.ID, local.Name)
}
