// maps.go: a map[string]int under insert, lookup, delete and range.
//
// n string keys ("k" + a number below n in scrambled order, 2-7 bytes for
// the default n) are inserted into a map made without a size hint (so it
// grows through every size), looked up (all hits, then n misses), two thirds
// deleted, the rest updated in place with m[k] += v, every key assigned again
// (the deleted ones inserted anew), and the map ranged over.  A second map
// counts the last two bytes of every key (m[k]++ on a small map).  Each phase
// prints a result that does not depend on iteration order.
//
// Usage: maps [n]   (default 1000000)
package main

import (
	"fmt"
	"os"
	"strconv"
)

// makeKeys returns n distinct keys in a scrambled order: 7919 is prime and
// shares no factor with 10^k, so i*7919 mod n visits every i < n once.
func makeKeys(n int, prefix string) []string {
	keys := make([]string, n)
	for i := 0; i < n; i++ {
		keys[i] = prefix + strconv.Itoa(i*7919%n)
	}
	return keys
}

func insertAll(m map[string]int, keys []string) {
	for i, k := range keys {
		m[k] = i
	}
}

func lookupAll(m map[string]int, keys []string) (int, int) {
	hits, sum := 0, 0
	for _, k := range keys {
		if v, ok := m[k]; ok {
			hits++
			sum += v
		}
	}
	return hits, sum
}

// deleteTwoThirds deletes every key whose index is not a multiple of 3 and
// returns how many it deleted.
func deleteTwoThirds(m map[string]int, keys []string) int {
	deleted := 0
	for i, k := range keys {
		if i%3 != 0 {
			delete(m, k)
			deleted++
		}
	}
	return deleted
}

func updateKept(m map[string]int, keys []string) {
	for i := 0; i < len(keys); i += 3 {
		m[keys[i]] += i
	}
}

// rangeSum folds every entry in an order-independent way.
func rangeSum(m map[string]int) (int, int) {
	count, sum := 0, 0
	for k, v := range m {
		count++
		sum += v*len(k) + int(k[len(k)-1])
	}
	return count, sum
}

func digitCounts(keys []string) map[string]int {
	counts := make(map[string]int)
	for _, k := range keys {
		counts[k[len(k)-2:]]++
	}
	return counts
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < 3 {
			fmt.Println("usage: maps [n >= 3]")
			os.Exit(2)
		}
		n = v
	}
	keys := makeKeys(n, "k")
	misses := makeKeys(n, "x")
	m := make(map[string]int)
	insertAll(m, keys)
	fmt.Println("inserted:", len(m))
	hits, sum := lookupAll(m, keys)
	fmt.Println("hits:", hits, "sum:", sum)
	hits, _ = lookupAll(m, misses)
	fmt.Println("misses found:", hits)
	fmt.Println("deleted:", deleteTwoThirds(m, keys), "left:", len(m))
	updateKept(m, keys)
	hits, sum = lookupAll(m, keys)
	fmt.Println("hits after delete:", hits, "sum:", sum)
	insertAll(m, keys)
	count, rsum := rangeSum(m)
	fmt.Println("range:", count, rsum)
	counts := digitCounts(keys)
	fmt.Println("distinct endings:", len(counts), "k00:", counts["00"], "k99:", counts["99"])
	checksum := 0
	for i, k := range keys {
		checksum = (checksum*31 + m[k] + i) % 1000000007
	}
	fmt.Println("checksum:", checksum)
}
