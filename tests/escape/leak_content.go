// Parameter summaries: when only what a parameter points to leaks, gc says
// "leaking param content".

package escape

var sink *int
var sinks []*int

func Content(pp **int) { // ERROR "leaking param content: pp$"
	sink = *pp
}

func Deep(ppp ***int) { // ERROR "leaking param content: ppp$"
	sink = **ppp
}

func SliceContent(s []*int) { // ERROR "leaking param content: s$"
	sink = s[0]
}

func Whole(p *int) { // ERROR "leaking param: p$"
	sink = p
}

func Caller() {
	x := 1 // ERROR "moved to heap: x$"
	p := &x
	Content(&p)
}

func Append(s []*int) { // ERROR "leaking param content: s$"
	sinks = append(sinks, s...) // ERROR "append escapes to heap$"
}
