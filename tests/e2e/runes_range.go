package main

import "fmt"

// range over a string decodes UTF-8: byte offsets and runes; invalid bytes become U+FFFD width 1.

func main() {
	s := "héllo, 世界! 👋"
	fmt.Println(len(s))
	for i, r := range s {
		fmt.Printf("%2d %q %U %d bytes\n", i, r, r, len(string(r)))
	}

	count := 0
	for range s {
		count++
	}
	fmt.Println("runes:", count)

	for i := range "añb" {
		fmt.Print(i, " ")
	}
	fmt.Println()

	// byte-wise loop for comparison
	for i := 0; i < len("añ"); i++ {
		fmt.Printf("%x ", "añ"[i])
	}
	fmt.Println()

	bad := "a\xffb\xe4\xb8c\xf0\x9f\x98"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()

	// a surrogate half encoded directly is invalid UTF-8 too
	sur := "\xed\xa0\x80x"
	for i, r := range sur {
		fmt.Printf("%d:%q ", i, r)
	}
	fmt.Println()

	var empty string
	for i, r := range empty {
		fmt.Println("never", i, r)
	}

	// classify runes by size
	sizes := map[int]int{}
	for _, r := range "aé€😀bç中🎉" {
		switch {
		case r < 0x80:
			sizes[1]++
		case r < 0x800:
			sizes[2]++
		case r < 0x10000:
			sizes[3]++
		default:
			sizes[4]++
		}
	}
	fmt.Println(sizes)

	// the range value is a copy: changing s in the loop does not affect iteration
	t := "abc"
	for i, r := range t {
		t = "xyz"
		fmt.Print(i, string(r), " ")
	}
	fmt.Println(t)
	words := []string{"naïve", "café", "日本語", "ok"}
	for _, w := range words {
		n := 0
		last := rune(0)
		for _, r := range w {
			n++
			last = r
		}
		fmt.Printf("%s: %d bytes, %d runes, last %c\n", w, len(w), n, last)
	}
}
