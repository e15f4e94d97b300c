// Dereference levels in parameter summaries.

package escape

type List struct {
	next *List
	data *int
}

func Level0(l *List) *List { // ERROR "leaking param: l to result ~r0 level=0$"
	return l
}

func Level1(l *List) *List { // ERROR "leaking param: l to result ~r0 level=1$"
	return l.next
}

func Level2(l *List) *List { // ERROR "leaking param: l to result ~r0 level=2$"
	return l.next.next
}

func Data(l **List) *int { // ERROR "leaking param: l to result ~r0 level=2$"
	return (*l).data
}

func Addr(l *List) **List { // ERROR "leaking param: l to result ~r0 level=0$"
	return &l.next
}

func Local(l List) *List { // ERROR "moved to heap: l$"
	return &l
}
