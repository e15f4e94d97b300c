package main

import (
	"fmt"
	"strings"
)

// A small Markdown-to-HTML converter: headings, paragraphs, emphasis, inline code, links,
// unordered and ordered lists, code blocks, blockquotes, HTML escaping; built on
// strings.Builder with a block-state machine.

type blockKind int

const (
	none blockKind = iota
	para
	ulist
	olist
	code
	quote
)

type Converter struct {
	out   strings.Builder
	state blockKind
	para  []string
	toc   []string
}

func escape(s string) string {
	s = strings.ReplaceAll(s, "&", "&amp;")
	s = strings.ReplaceAll(s, "<", "&lt;")
	return strings.ReplaceAll(s, ">", "&gt;")
}

// inline handles `code`, **bold**, *em* and [text](url).
func inline(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		switch {
		case s[i] == '`':
			if j := strings.IndexByte(s[i+1:], '`'); j >= 0 {
				b.WriteString("<code>" + escape(s[i+1:i+1+j]) + "</code>")
				i += j + 2
				continue
			}
		case strings.HasPrefix(s[i:], "**"):
			if j := strings.Index(s[i+2:], "**"); j >= 0 {
				b.WriteString("<strong>" + inline(s[i+2:i+2+j]) + "</strong>")
				i += j + 4
				continue
			}
		case s[i] == '*':
			if j := strings.IndexByte(s[i+1:], '*'); j >= 0 {
				b.WriteString("<em>" + inline(s[i+1:i+1+j]) + "</em>")
				i += j + 2
				continue
			}
		case s[i] == '[':
			close := strings.Index(s[i:], "](")
			end := strings.IndexByte(s[i:], ')')
			if close > 0 && end > close {
				text := s[i+1 : i+close]
				url := s[i+close+2 : i+end]
				fmt.Fprintf(&b, "<a href=%q>%s</a>", url, inline(text))
				i += end + 1
				continue
			}
		}
		b.WriteString(escape(s[i : i+1]))
		i++
	}
	return b.String()
}

func (c *Converter) close() {
	switch c.state {
	case para:
		c.out.WriteString("<p>" + inline(strings.Join(c.para, " ")) + "</p>\n")
		c.para = nil
	case ulist:
		c.out.WriteString("</ul>\n")
	case olist:
		c.out.WriteString("</ol>\n")
	case quote:
		c.out.WriteString("</blockquote>\n")
	}
	c.state = none
}

func (c *Converter) open(k blockKind, tag string) {
	if c.state != k {
		c.close()
		c.state = k
		if tag != "" {
			c.out.WriteString(tag + "\n")
		}
	}
}

func isOrdered(line string) (string, bool) {
	i := 0
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i > 0 && strings.HasPrefix(line[i:], ". ") {
		return line[i+2:], true
	}
	return "", false
}

func (c *Converter) Line(line string) {
	if c.state == code {
		if strings.HasPrefix(line, "```") {
			c.out.WriteString("</code></pre>\n")
			c.state = none
			return
		}
		c.out.WriteString(escape(line) + "\n")
		return
	}
	trimmed := strings.TrimSpace(line)
	switch {
	case trimmed == "":
		c.close()
	case strings.HasPrefix(trimmed, "```"):
		c.close()
		lang := strings.TrimPrefix(trimmed, "```")
		if lang != "" {
			fmt.Fprintf(&c.out, "<pre><code class=%q>", "language-"+lang)
		} else {
			c.out.WriteString("<pre><code>")
		}
		c.state = code
	case strings.HasPrefix(trimmed, "#"):
		c.close()
		level := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
		text := strings.TrimSpace(trimmed[level:])
		id := strings.ToLower(strings.Join(strings.Fields(text), "-"))
		c.toc = append(c.toc, strings.Repeat("  ", level-1)+"- "+text)
		fmt.Fprintf(&c.out, "<h%d id=%q>%s</h%d>\n", level, id, inline(text), level)
	case strings.HasPrefix(trimmed, "- ") || strings.HasPrefix(trimmed, "* "):
		c.open(ulist, "<ul>")
		c.out.WriteString("  <li>" + inline(trimmed[2:]) + "</li>\n")
	case strings.HasPrefix(trimmed, "> "):
		c.open(quote, "<blockquote>")
		c.out.WriteString("  " + inline(trimmed[2:]) + "\n")
	default:
		if item, ok := isOrdered(trimmed); ok {
			c.open(olist, "<ol>")
			c.out.WriteString("  <li>" + inline(item) + "</li>\n")
			return
		}
		c.open(para, "")
		c.para = append(c.para, trimmed)
	}
}

func Convert(src string) (string, []string) {
	var c Converter
	for _, l := range strings.Split(src, "\n") {
		c.Line(l)
	}
	c.close()
	return c.out.String(), c.toc
}

const doc = "# gosub *notes*\n\nA **compiler** for a Go subset, see [the design](design.md).\nIt emits `LLVM IR` & links <objects>.\n\n## Features\n\n- methods and *interfaces*\n- maps with `NaN` keys\n* defer/panic\n\n1. parse\n2. check\n10. emit **fast** code\n\n> Quote with `code`\n> and [a link](https://go.dev)\n\n```go\nfunc main() { fmt.Println(\"<hi>\") }\n```\n\n### Unclosed *emphasis and `code\ntext after\n"

func main() {
	html, toc := Convert(doc)
	fmt.Print(html)
	fmt.Println("---- contents ----")
	fmt.Println(strings.Join(toc, "\n"))
	fmt.Println(strings.Count(html, "<li>"), strings.Count(html, "\n"))
}
