package main

import (
	"fmt"
	"sort"
	"strings"
)

// Methods on slice types implementing sort.Interface, composed with embedding to override
// Less (reverse, multi-key), a generic-free "sort by key function" wrapper, and Stringers.

type Track struct {
	Title  string
	Artist string
	Year   int
	Secs   int
}

func (t Track) String() string {
	return fmt.Sprintf("%-18s %-10s %d %d:%02d", t.Title, t.Artist, t.Year, t.Secs/60, t.Secs%60)
}

type Tracks []Track

func (t Tracks) Len() int      { return len(t) }
func (t Tracks) Swap(i, j int) { t[i], t[j] = t[j], t[i] }

// Less orders by title, then artist, then year: a total order, so the unstable sort.Sort
// has a single correct result.
func (t Tracks) Less(i, j int) bool {
	if t[i].Title != t[j].Title {
		return t[i].Title < t[j].Title
	}
	if t[i].Artist != t[j].Artist {
		return t[i].Artist < t[j].Artist
	}
	return t[i].Year < t[j].Year
}

func (t Tracks) String() string {
	lines := make([]string, len(t))
	for i, tr := range t {
		lines[i] = "  " + tr.String()
	}
	return strings.Join(lines, "\n")
}

// byYear embeds Tracks and overrides only Less.
type byYear struct{ Tracks }

func (b byYear) Less(i, j int) bool { return b.Tracks[i].Year < b.Tracks[j].Year }

// multiKey compares with a list of less functions in order.
type multiKey struct {
	Tracks
	less []func(a, b *Track) int
}

func (m multiKey) Less(i, j int) bool {
	for _, f := range m.less {
		if c := f(&m.Tracks[i], &m.Tracks[j]); c != 0 {
			return c < 0
		}
	}
	return false
}

type keyed struct {
	Tracks
	key func(Track) int
}

func (k keyed) Less(i, j int) bool { return k.key(k.Tracks[i]) < k.key(k.Tracks[j]) }

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func main() {
	ts := Tracks{
		{"Go", "Moby", 1992, 207},
		{"Go Ahead", "Alicia", 2007, 275},
		{"Ready 2 Go", "Martin", 2011, 240},
		{"Go", "Delilah", 2012, 223},
		{"Let It Go", "Idina", 2013, 224},
		{"Go", "Moby", 1991, 199},
	}
	sort.Sort(ts)
	fmt.Println("by title:\n" + ts.String())
	sort.Stable(byYear{ts})
	fmt.Println("by year:")
	fmt.Println(ts)
	sort.Sort(sort.Reverse(byYear{ts}))
	fmt.Println("newest first:", ts[0].Title, ts[0].Year)

	sort.Sort(multiKey{ts, []func(a, b *Track) int{
		func(a, b *Track) int { return strings.Compare(a.Title, b.Title) },
		func(a, b *Track) int { return strings.Compare(a.Artist, b.Artist) },
		func(a, b *Track) int { return cmpInt(b.Year, a.Year) },
	}})
	fmt.Println("title, artist, year desc:")
	fmt.Println(ts)

	sort.Stable(keyed{ts, func(t Track) int { return t.Secs }})
	fmt.Println("by length:", ts[0].Secs, ts[len(ts)-1].Secs)
	sort.Stable(keyed{ts, func(t Track) int { return len(t.Title) }})
	for _, t := range ts {
		fmt.Print(t.Title, "; ")
	}
	fmt.Println()
	var si sort.Interface = byYear{ts}
	fmt.Println(si.Len(), sort.IsSorted(si), sort.IsSorted(keyed{ts, func(t Track) int { return len(t.Title) }}))
	fmt.Printf("%v\n", ts[0])
	fmt.Printf("%s|%v\n", ts[:1], ts[1:2])
}
