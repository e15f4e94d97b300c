package main

import "fmt"

// Value and pointer receivers: which ones see and change the caller's value.

type Counter struct {
	name  string
	count int
}

func (c Counter) Get() int { return c.count }

func (c Counter) IncValue() {
	c.count++
	fmt.Println("  inside IncValue:", c.count)
}

func (c *Counter) IncPtr() {
	c.count++
}

func (c *Counter) Add(n int) *Counter {
	c.count += n
	return c
}

func (c Counter) String() string {
	return fmt.Sprintf("%s=%d", c.name, c.count)
}

type Point struct{ X, Y int }

func (p Point) Moved(dx, dy int) Point {
	p.X += dx
	p.Y += dy
	return p
}

func (p *Point) Move(dx, dy int) {
	p.X += dx
	p.Y += dy
}

func (p Point) Dist2() int { return p.X*p.X + p.Y*p.Y }

type Matrix [2][2]int

func (m Matrix) Det() int { return m[0][0]*m[1][1] - m[0][1]*m[1][0] }

func (m *Matrix) Transpose() {
	m[0][1], m[1][0] = m[1][0], m[0][1]
}

func main() {
	c := Counter{name: "hits"}
	c.IncValue()
	fmt.Println("after IncValue:", c.Get())
	c.IncPtr()
	c.IncPtr()
	fmt.Println("after two IncPtr:", c.Get())
	c.Add(10).Add(5).IncPtr()
	fmt.Println("after chain:", c.Get(), c)

	pc := &Counter{name: "misses"}
	pc.IncValue() // value method through a pointer
	pc.IncPtr()
	fmt.Println(pc.Get(), *pc, pc.String())

	p := Point{1, 2}
	q := p.Moved(3, 4)
	fmt.Println(p, q)
	p.Move(10, 10)
	fmt.Println(p, p.Dist2(), q.Dist2())

	pts := []Point{{1, 1}, {2, 2}, {3, 3}}
	for i := range pts {
		pts[i].Move(1, -1)
	}
	fmt.Println(pts)
	for _, pt := range pts {
		pt.Move(100, 100) // copy: no effect on the slice
	}
	fmt.Println(pts)

	arr := [3]Counter{{name: "a"}, {name: "b"}, {name: "c"}}
	for i := range arr {
		for j := 0; j <= i; j++ {
			arr[i].IncPtr()
		}
	}
	fmt.Println(arr[0], arr[1], arr[2])

	m := Matrix{{1, 2}, {3, 4}}
	fmt.Println(m, m.Det())
	m.Transpose()
	fmt.Println(m, m.Det())

	pp := &p
	pp.Move(-11, -12)
	fmt.Println(*pp, pp.Dist2())
	ppp := &pp
	(*ppp).Move(1, 1)
	fmt.Println(p)
}
