package main

import "fmt"

// Strings: len, indexing (bytes), slicing, concatenation, comparison, immutability by value.
func reverse(s string) string {
	out := ""
	for i := len(s) - 1; i >= 0; i-- {
		out += s[i : i+1]
	}
	return out
}

func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func hasPrefix(s, p string) bool {
	return len(s) >= len(p) && s[:len(p)] == p
}

func main() {
	s := "hello, world"
	fmt.Println(len(s), s[0], s[len(s)-1], string(s[4]))
	fmt.Println(s[0:5], s[7:], s[:5], s[:], s[3:3] == "")
	t := s
	t += "!"
	fmt.Println(s, t)
	fmt.Println(reverse("stressed"), count("mississippi", 's'))
	fmt.Println(hasPrefix("golang", "go"), hasPrefix("go", "golang"))
	words := []string{"pear", "apple", "fig", "apple pie", "Apple", ""}
	for i := 0; i < len(words); i++ {
		for j := 0; j < len(words); j++ {
			if words[i] < words[j] {
				fmt.Print("<")
			} else if words[i] == words[j] {
				fmt.Print("=")
			} else {
				fmt.Print(">")
			}
		}
		fmt.Println()
	}
	fmt.Println("abc" <= "abc", "abc" >= "abd", "a\x00" > "a")
	var sb string
	for i := 0; i < 10; i++ {
		sb += string(rune('a' + i))
	}
	fmt.Println(sb, len(sb))
	multi := "line1\nline2\ttab \"quoted\" \\ back"
	fmt.Println(multi)
	raw := `raw\nstring "x"`
	fmt.Println(raw, len(raw))
	u := "héllo"
	fmt.Println(len(u), u[1], u[2], u[1:3])
	var empty string
	fmt.Println(len(empty), empty+"x", "" == empty)
	// Substrings share data but are values.
	sub := s[7:12]
	s = "changed"
	fmt.Println(sub, s)
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	concat := "a" + "b" + sb[2:4] + u
	fmt.Println(concat)
}
