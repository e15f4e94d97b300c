package main

import (
	"fmt"
	"strings"
)

// Fluent pointer-receiver APIs: a query builder and a small HTML-ish writer.

type Query struct {
	table  string
	fields []string
	conds  []string
	order  string
	limit  int
}

func From(table string) *Query { return &Query{table: table, limit: -1} }

func (q *Query) Select(fields ...string) *Query {
	q.fields = append(q.fields, fields...)
	return q
}

func (q *Query) Where(cond string) *Query {
	q.conds = append(q.conds, cond)
	return q
}

func (q *Query) OrderBy(f string) *Query { q.order = f; return q }
func (q *Query) Limit(n int) *Query      { q.limit = n; return q }

func (q *Query) String() string {
	var sb strings.Builder
	sb.WriteString("SELECT ")
	if len(q.fields) == 0 {
		sb.WriteString("*")
	} else {
		sb.WriteString(strings.Join(q.fields, ", "))
	}
	sb.WriteString(" FROM ")
	sb.WriteString(q.table)
	if len(q.conds) > 0 {
		sb.WriteString(" WHERE ")
		sb.WriteString(strings.Join(q.conds, " AND "))
	}
	if q.order != "" {
		fmt.Fprintf(&sb, " ORDER BY %s", q.order)
	}
	if q.limit >= 0 {
		fmt.Fprintf(&sb, " LIMIT %d", q.limit)
	}
	return sb.String()
}

type Doc struct {
	sb    strings.Builder
	depth int
}

func (d *Doc) line(s string) {
	d.sb.WriteString(strings.Repeat("  ", d.depth))
	d.sb.WriteString(s)
	d.sb.WriteByte('\n')
}

func (d *Doc) Open(tag string) *Doc {
	d.line("<" + tag + ">")
	d.depth++
	return d
}

func (d *Doc) Close(tag string) *Doc {
	d.depth--
	d.line("</" + tag + ">")
	return d
}

func (d *Doc) Text(s string) *Doc {
	d.line(s)
	return d
}

func (d *Doc) Each(items []string, f func(*Doc, string)) *Doc {
	for _, it := range items {
		f(d, it)
	}
	return d
}

func main() {
	q := From("users").Select("id", "name").Where("age > 18").Where("active").OrderBy("name").Limit(10)
	fmt.Println(q)
	fmt.Println(From("logs"))
	fmt.Println(From("t").Where("x = 1").Limit(0).String())

	var d Doc
	d.Open("html").Open("body").Open("ul").
		Each([]string{"one", "two", "three"}, func(d *Doc, s string) {
			d.Open("li").Text(s).Close("li")
		}).
		Close("ul").Text("done").Close("body").Close("html")
	fmt.Print(d.sb.String())
	fmt.Println(d.depth, d.sb.Len())
}
