package main

import "strings"

type Celsius float64

func (c Celsius) String() string { return "" }
func (c *Celsius) String() string { return "" }

func (b strings.Builder) Reset2() {}

func (x UnknownType) M() {}

type I interface{ M() }

func (i I) N() {}

func main() {}
