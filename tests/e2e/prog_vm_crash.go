package main

import (
	"fmt"
	"strconv"
	"strings"
)

// A stack-based bytecode VM: assembles text into instructions (opcodes with a Stringer),
// runs programs with calls and jumps, traps errors with recover; the last program hits an
// unrecovered runtime error in the VM itself (stack underflow via an index), exit status 2.

type Op byte

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	DIV
	DUP
	SWAP
	JZ
	JMP
	PRINT
	HALT
	CALL
	RET
	POP
)

var opNames = [...]string{"PUSH", "ADD", "SUB", "MUL", "DIV", "DUP", "SWAP", "JZ", "JMP", "PRINT", "HALT", "CALL", "RET", "POP"}

func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return "Op(" + strconv.Itoa(int(o)) + ")"
}

type Instr struct {
	Op  Op
	Arg int
}

func (i Instr) String() string {
	switch i.Op {
	case PUSH, JZ, JMP, CALL:
		return fmt.Sprintf("%v %d", i.Op, i.Arg)
	}
	return i.Op.String()
}

func assemble(src string) ([]Instr, error) {
	lookup := map[string]Op{}
	for i, n := range opNames {
		lookup[n] = Op(i)
	}
	var prog []Instr
	for ln, line := range strings.Split(strings.TrimSpace(src), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		op, ok := lookup[strings.ToUpper(f[0])]
		if !ok {
			return nil, fmt.Errorf("line %d: unknown op %q", ln+1, f[0])
		}
		in := Instr{Op: op}
		if len(f) > 1 {
			n, err := strconv.Atoi(f[1])
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", ln+1, err)
			}
			in.Arg = n
		}
		prog = append(prog, in)
	}
	return prog, nil
}

type VM struct {
	stack  []int
	calls  []int
	out    []string
	steps  int
	strict bool
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }
func (vm *VM) pop() int {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(prog []Instr) {
	pc := 0
	for pc < len(prog) {
		vm.steps++
		if vm.steps > 1000 {
			panic("step limit exceeded")
		}
		in := prog[pc]
		pc++
		switch in.Op {
		case PUSH:
			vm.push(in.Arg)
		case ADD, SUB, MUL, DIV:
			b, a := vm.pop(), vm.pop()
			switch in.Op {
			case ADD:
				vm.push(a + b)
			case SUB:
				vm.push(a - b)
			case MUL:
				vm.push(a * b)
			case DIV:
				vm.push(a / b)
			}
		case DUP:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case SWAP:
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case POP:
			vm.pop()
		case JZ:
			if vm.pop() == 0 {
				pc = in.Arg
			}
		case JMP:
			pc = in.Arg
		case CALL:
			vm.calls = append(vm.calls, pc)
			pc = in.Arg
		case RET:
			pc = vm.calls[len(vm.calls)-1]
			vm.calls = vm.calls[:len(vm.calls)-1]
		case PRINT:
			vm.out = append(vm.out, strconv.Itoa(vm.stack[len(vm.stack)-1]))
		case HALT:
			return
		default:
			panic(fmt.Sprintf("bad opcode %v at %d", in.Op, pc-1))
		}
	}
}

func (vm *VM) SafeRun(prog []Instr) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("vm trap after %d steps: %v", vm.steps, r)
		}
	}()
	vm.Run(prog)
	return nil
}

var programs = []struct{ name, src string }{
	{"arith", "push 6\npush 7\nmul\nprint\npush 2\nsub\nprint\nhalt"},
	{"countdown", "push 5\nprint\npush 1\nsub\ndup\njz 7\njmp 1\nhalt"},
	{"squares", "push 3\ncall 8\nprint\npush 4\ncall 8\nadd\nprint\nhalt\ndup\nmul\nret"},
	{"divzero", "push 1\npush 0\ndiv\nprint"},
	{"loop", "jmp 0"},
	{"badop", "push 1\nfrobnicate"},
}

func main() {
	for _, p := range programs {
		prog, err := assemble(p.src)
		if err != nil {
			fmt.Printf("%-10s assemble error: %v\n", p.name, err)
			continue
		}
		vm := &VM{}
		err = vm.SafeRun(prog)
		fmt.Printf("%-10s out=%v stack=%v steps=%d err=%v\n", p.name, vm.out, vm.stack, vm.steps, err)
	}
	prog, _ := assemble("push 1\nadd\nprint")
	fmt.Println("listing:", prog)
	vm := &VM{strict: true}
	vm.Run(prog) // unprotected: the stack underflow is an uncaught runtime error
	fmt.Println("unreachable")
}
