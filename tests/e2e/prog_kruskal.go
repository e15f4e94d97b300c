package main

import (
	"fmt"
	"sort"
	"strings"
)

// Minimum spanning trees with Kruskal's algorithm over a union-find with path compression and
// union by rank; cities named in a map, edges sorted with sort.Slice; connectivity queries.

type UnionFind struct {
	parent map[string]string
	rank   map[string]int
	sets   int
}

func NewUF(items []string) *UnionFind {
	uf := &UnionFind{parent: map[string]string{}, rank: map[string]int{}}
	for _, it := range items {
		uf.parent[it] = it
		uf.sets++
	}
	return uf
}

func (u *UnionFind) Find(x string) string {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *UnionFind) Union(a, b string) bool {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return false
	}
	switch {
	case u.rank[ra] < u.rank[rb]:
		u.parent[ra] = rb
	case u.rank[ra] > u.rank[rb]:
		u.parent[rb] = ra
	default:
		u.parent[rb] = ra
		u.rank[ra]++
	}
	u.sets--
	return true
}

type Edge struct {
	A, B string
	Cost int
}

func (e Edge) String() string { return fmt.Sprintf("%s-%s(%d)", e.A, e.B, e.Cost) }

func kruskal(nodes []string, edges []Edge) ([]Edge, int, int) {
	sorted := append([]Edge(nil), edges...)
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i].Cost != sorted[j].Cost {
			return sorted[i].Cost < sorted[j].Cost
		}
		return sorted[i].A+sorted[i].B < sorted[j].A+sorted[j].B
	})
	uf := NewUF(nodes)
	var tree []Edge
	total := 0
	for _, e := range sorted {
		if uf.Union(e.A, e.B) {
			tree = append(tree, e)
			total += e.Cost
		}
	}
	return tree, total, uf.sets
}

func main() {
	nodes := strings.Fields("A B C D E F G H")
	edges := []Edge{
		{"A", "B", 4}, {"A", "H", 8}, {"B", "C", 8}, {"B", "H", 11}, {"C", "D", 7},
		{"C", "F", 4}, {"C", "I", 2}, {"D", "E", 9}, {"D", "F", 14}, {"E", "F", 10},
		{"F", "G", 2}, {"G", "H", 1}, {"G", "I", 6}, {"H", "I", 7},
	}
	nodes = append(nodes, "I")
	tree, total, sets := kruskal(nodes, edges)
	fmt.Println("mst:", tree)
	fmt.Println("total:", total, "components:", sets)

	degree := map[string]int{}
	for _, e := range tree {
		degree[e.A]++
		degree[e.B]++
	}
	fmt.Println("degrees:", degree)
	var leaves []string
	for n, d := range degree {
		if d == 1 {
			leaves = append(leaves, n)
		}
	}
	sort.Strings(leaves)
	fmt.Println("leaves:", leaves)

	// a disconnected graph gives a spanning forest
	forestNodes := strings.Fields("p q r s t u")
	forestEdges := []Edge{{"p", "q", 3}, {"q", "r", 1}, {"p", "r", 2}, {"s", "t", 5}}
	f, ftotal, fsets := kruskal(forestNodes, forestEdges)
	fmt.Println("forest:", f, ftotal, "components:", fsets)

	uf := NewUF(forestNodes)
	for _, e := range forestEdges {
		uf.Union(e.A, e.B)
	}
	groups := map[string][]string{}
	for _, n := range forestNodes {
		root := uf.Find(n)
		groups[root] = append(groups[root], n)
	}
	var gl []string
	for _, g := range groups {
		gl = append(gl, strings.Join(g, ""))
	}
	sort.Strings(gl)
	fmt.Println("groups:", gl)
	fmt.Println(uf.Find("p") == uf.Find("r"), uf.Find("p") == uf.Find("s"), uf.Union("r", "q"))

	// grid maze connectivity: union cells with open passages
	maze := []string{
		"#.#####",
		"#...#.#",
		"###.#.#",
		"#.....#",
		"#.###.#",
		"#...#..",
	}
	var cells []string
	key := func(r, c int) string { return fmt.Sprintf("%d,%d", r, c) }
	for r, row := range maze {
		for c, ch := range row {
			if ch == '.' {
				cells = append(cells, key(r, c))
			}
		}
	}
	m := NewUF(cells)
	for r, row := range maze {
		for c, ch := range row {
			if ch != '.' {
				continue
			}
			if c+1 < len(row) && row[c+1] == '.' {
				m.Union(key(r, c), key(r, c+1))
			}
			if r+1 < len(maze) && maze[r+1][c] == '.' {
				m.Union(key(r, c), key(r+1, c))
			}
		}
	}
	fmt.Println("open cells:", len(cells), "regions:", m.sets)
	fmt.Println("entrance reaches exit:", m.Find(key(0, 1)) == m.Find(key(5, 6)))
	fmt.Println("isolated (5,1) joined:", m.Find(key(5, 1)) == m.Find(key(0, 1)))
}
