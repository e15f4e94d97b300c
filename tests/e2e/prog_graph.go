package main

import (
	"fmt"
	"sort"
	"strings"
)

// Graph algorithms over map-based adjacency lists: BFS shortest hops, DFS with cycle detection,
// topological sort, connected components, Dijkstra with a simple priority scan.

type Graph struct {
	adj      map[string]map[string]int
	directed bool
}

func NewGraph(directed bool) *Graph {
	return &Graph{adj: map[string]map[string]int{}, directed: directed}
}

func (g *Graph) AddEdge(a, b string, w int) {
	if g.adj[a] == nil {
		g.adj[a] = map[string]int{}
	}
	if g.adj[b] == nil {
		g.adj[b] = map[string]int{}
	}
	g.adj[a][b] = w
	if !g.directed {
		g.adj[b][a] = w
	}
}

func (g *Graph) Nodes() []string {
	ns := make([]string, 0, len(g.adj))
	for n := range g.adj {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

func (g *Graph) Neighbors(n string) []string {
	ns := make([]string, 0, len(g.adj[n]))
	for m := range g.adj[n] {
		ns = append(ns, m)
	}
	sort.Strings(ns)
	return ns
}

func (g *Graph) BFS(start, goal string) []string {
	prev := map[string]string{start: ""}
	queue := []string{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == goal {
			var path []string
			for n := goal; n != ""; n = prev[n] {
				path = append([]string{n}, path...)
			}
			return path
		}
		for _, nb := range g.Neighbors(cur) {
			if _, seen := prev[nb]; !seen {
				prev[nb] = cur
				queue = append(queue, nb)
			}
		}
	}
	return nil
}

func (g *Graph) TopoSort() ([]string, error) {
	const (
		white = iota
		grey
		black
	)
	color := map[string]int{}
	var order []string
	var visit func(n string, stack []string) error
	visit = func(n string, stack []string) error {
		switch color[n] {
		case grey:
			return fmt.Errorf("cycle: %s -> %s", strings.Join(stack, " -> "), n)
		case black:
			return nil
		}
		color[n] = grey
		for _, m := range g.Neighbors(n) {
			if err := visit(m, append(stack, n)); err != nil {
				return err
			}
		}
		color[n] = black
		order = append(order, n)
		return nil
	}
	for _, n := range g.Nodes() {
		if err := visit(n, nil); err != nil {
			return nil, err
		}
	}
	for i, j := 0, len(order)-1; i < j; i, j = i+1, j-1 {
		order[i], order[j] = order[j], order[i]
	}
	return order, nil
}

func (g *Graph) Components() [][]string {
	seen := map[string]bool{}
	var comps [][]string
	for _, n := range g.Nodes() {
		if seen[n] {
			continue
		}
		var comp []string
		stack := []string{n}
		seen[n] = true
		for len(stack) > 0 {
			cur := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			comp = append(comp, cur)
			for _, nb := range g.Neighbors(cur) {
				if !seen[nb] {
					seen[nb] = true
					stack = append(stack, nb)
				}
			}
		}
		sort.Strings(comp)
		comps = append(comps, comp)
	}
	return comps
}

func (g *Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	done := map[string]bool{}
	for {
		best, bestD := "", -1
		for _, n := range g.Nodes() {
			d, ok := dist[n]
			if ok && !done[n] && (bestD < 0 || d < bestD) {
				best, bestD = n, d
			}
		}
		if best == "" {
			return dist, prev
		}
		done[best] = true
		for _, nb := range g.Neighbors(best) {
			nd := bestD + g.adj[best][nb]
			if d, ok := dist[nb]; !ok || nd < d {
				dist[nb] = nd
				prev[nb] = best
			}
		}
	}
}

func main() {
	roads := NewGraph(false)
	for _, e := range []struct {
		a, b string
		w    int
	}{
		{"amsterdam", "berlin", 655}, {"berlin", "prague", 350}, {"prague", "vienna", 330},
		{"amsterdam", "paris", 500}, {"paris", "lyon", 465}, {"lyon", "milan", 440},
		{"milan", "vienna", 870}, {"berlin", "vienna", 680}, {"paris", "berlin", 1050},
		{"oslo", "stockholm", 530},
	} {
		roads.AddEdge(e.a, e.b, e.w)
	}
	fmt.Println("nodes:", roads.Nodes())
	fmt.Println("bfs amsterdam->milan:", roads.BFS("amsterdam", "milan"))
	fmt.Println("bfs amsterdam->oslo:", roads.BFS("amsterdam", "oslo"))
	fmt.Println("components:", roads.Components())
	dist, prev := roads.Dijkstra("amsterdam")
	for _, n := range roads.Nodes() {
		d, ok := dist[n]
		if !ok {
			fmt.Printf("  %-10s unreachable\n", n)
			continue
		}
		path := []string{n}
		for p := prev[n]; p != ""; p = prev[p] {
			path = append([]string{p}, path...)
		}
		fmt.Printf("  %-10s %5d km via %s\n", n, d, strings.Join(path, ">"))
	}

	deps := NewGraph(true)
	for _, e := range [][2]string{
		{"app", "http"}, {"app", "db"}, {"http", "net"}, {"db", "net"},
		{"db", "log"}, {"http", "log"}, {"net", "sys"}, {"log", "sys"},
	} {
		deps.AddEdge(e[0], e[1], 1)
	}
	order, err := deps.TopoSort()
	fmt.Println("build order:", order, err)
	deps.AddEdge("sys", "app", 1)
	order, err = deps.TopoSort()
	fmt.Println("with cycle:", order, err)
	fmt.Println(len(deps.adj), deps.adj["db"])
}
