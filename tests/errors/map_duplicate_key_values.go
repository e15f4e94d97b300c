package main

var m = map[int]int{2: 1, 1 + 1: 2}
var s = map[string]int{"a": 1, "a": 2}
var f = map[float64]int{0.5: 1, 1.0 / 2: 2}
var r = map[rune]int{97: 1, 'a': 2}
var c = map[complex128]int{1 + 2i: 1, 1 + 2i: 2}
var b = map[bool]int{true: 1, !false: 2}

func main() { _, _, _, _, _, _ = m, s, f, r, c, b }
