#!/usr/bin/env bash
# gen_extreme.sh: extreme inputs for the compiler (issue 6), and a driver that
# compiles them.
#
#   gen_extreme.sh gen KIND N          writes one program to stdout
#   gen_extreme.sh check GOSUB [DIR]   generates every kind at its issue size in
#                                      DIR (default: a temporary directory),
#                                      compiles each with GOSUB build -O0, then
#                                      the nesting kinds just under the parser's
#                                      limit at -O0 and -O2; runs what compiled,
#                                      prints a table; exits 1
#                                      if gosub crashed (a signal, or an exit
#                                      status other than 0 and 1) or a program
#                                      printed the wrong answer
#   gen_extreme.sh scale GOSUB [SIZES] compile time and peak memory of the
#                                      lines kind at each size (default
#                                      10000 20000 40000 80000), -O0 and -O2
#
# Kinds (N is the size the name gives; the issue's sizes in brackets):
#   lines N      a program of about N lines: N/10 ten-line functions, each
#                with locals, a loop, a branch and a call [100000]
#   funcs N      N one-line functions, all called from main [10000]
#   switch N     one switch with N constant cases [5000]
#   string N     one string literal of N bytes [1048576]
#   chain N      1 + 1 + ... + 1 with N operands: a binary tree N deep that
#                the parser builds without recursion, so every later pass
#                sees the depth [10000]
#   parens N     an expression in N nested parentheses; the parser refuses
#                nesting beyond 1000 with "too deeply nested" [10000]
#   blocks N     N nested blocks { { ... } } [10000]
#   ifs N        N nested if statements [10000]
#   calls N      f(f(f(...f(1)...))) N deep [10000]
#   composite N  [][]...[]int{{{...}}} N deep [10000]
#   unary N      - - - ... - 1 with N minus signs [10000]
# Every program prints one line the driver checks (expected in want()).
set -euo pipefail

gen_lines() {  # ten lines per function
	local n=$(($1 / 10))
	awk -v n="$n" 'BEGIN {
		print "package main\n\nimport \"fmt\"\n"
		for (i = 0; i < n; i++) {
			printf "func f%d(x int) int {\n\ts := x + %d\n\tfor i := 0; i < 3; i++ {\n", i, i
			printf "\t\ts += i * %d\n\t}\n\tif s%%2 == 0 {\n\t\ts = s / 2\n\t}\n", (i % 7) + 1
			printf "\treturn s + g(%d)\n}\n", i % 5
		}
		print "func g(k int) int { return k * 2 }\n"
		print "func main() {\n\tt := 0"
		for (i = 0; i < n; i++) printf "\tt += f%d(%d)\n", i, i % 11
		print "\tfmt.Println(t > 0)\n}"
	}'
}

gen_funcs() {
	awk -v n="$1" 'BEGIN {
		print "package main\n\nimport \"fmt\"\n"
		for (i = 0; i < n; i++) printf "func f%d() int { return %d }\n", i, i % 3
		print "func main() {\n\tt := 0"
		for (i = 0; i < n; i++) printf "\tt += f%d()\n", i
		print "\tfmt.Println(t)\n}"
	}'
}

gen_switch() {
	awk -v n="$1" 'BEGIN {
		print "package main\n\nimport \"fmt\"\n\nfunc pick(x int) int {\n\tswitch x {"
		for (i = 0; i < n; i++) printf "\tcase %d:\n\t\treturn %d\n", i, i * 2
		print "\t}\n\treturn -1\n}\n"
		printf "func main() {\n\tfmt.Println(pick(%d), pick(%d))\n}\n", n - 1, n
	}'
}

gen_string() {
	awk -v n="$1" 'BEGIN {
		printf "package main\n\nimport \"fmt\"\n\nconst s = \""
		line = ""
		for (i = 0; i < 64; i++) line = line "abcdefghijklmnop"
		for (i = 0; i + 1024 <= n; i += 1024) printf "%s", line
		for (; i < n; i++) printf "x"
		print "\"\n\nfunc main() {\n\tfmt.Println(len(s))\n}"
	}'
}

gen_chain() {
	awk -v n="$1" 'BEGIN {
		printf "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\ty := x"
		for (i = 1; i < n; i++) printf " + x"
		print "\n\tfmt.Println(y)\n}"
	}'
}

gen_nest() {  # gen_nest N OPEN CORE CLOSE: OPEN^N CORE CLOSE^N
	awk -v n="$1" -v o="$2" -v c="$3" -v e="$4" 'BEGIN {
		for (i = 0; i < n; i++) printf "%s", o
		printf "%s", c
		for (i = 0; i < n; i++) printf "%s", e
	}'
}

gen_kind() {
	local kind=$1 n=$2
	case $kind in
	lines) gen_lines "$n" ;;
	funcs) gen_funcs "$n" ;;
	switch) gen_switch "$n" ;;
	string) gen_string "$n" ;;
	chain) gen_chain "$n" ;;
	parens)
		printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := '
		gen_nest "$n" "(" "1" ")"
		printf '\n\tfmt.Println(x)\n}\n' ;;
	blocks)
		printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 0\n'
		gen_nest "$n" "{" "x++" "}"
		printf '\n\tfmt.Println(x)\n}\n' ;;
	ifs)
		printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 0\n'
		gen_nest "$n" "if x >= 0 {" "x++" "}"
		printf '\n\tfmt.Println(x)\n}\n' ;;
	calls)
		printf 'package main\n\nimport "fmt"\n\nfunc f(x int) int { return x + 1 }\n\nfunc main() {\n\tx := '
		gen_nest "$n" "f(" "0" ")"
		printf '\n\tfmt.Println(x)\n}\n' ;;
	composite)
		printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := '
		awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++) printf "[]"; printf "int" }'
		gen_nest "$n" "{" "" "}"
		printf '\n\tfmt.Println(len(x))\n}\n' ;;
	unary)
		printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 1\n\ty := '
		gen_nest "$n" "- " "x" ""
		printf '\n\tfmt.Println(y)\n}\n' ;;
	*) echo "gen_extreme.sh: unknown kind $kind" >&2; exit 2 ;;
	esac
}

# The issue's size for each kind, and what the program prints when it compiles.
size_of() {
	case $1 in
	lines) echo 100000 ;; funcs) echo 10000 ;; switch) echo 5000 ;; string) echo 1048576 ;;
	*) echo 10000 ;;
	esac
}
want() {
	local n=$2
	case $1 in
	lines) echo true ;; funcs) want_funcs "$n" ;;
	switch) echo "$(((n - 1) * 2)) -1" ;; string) echo "$n" ;; chain) echo "$n" ;;
	parens | blocks | ifs | composite) echo 1 ;; calls) echo "$n" ;;
	unary) echo $((n % 2 == 0 ? 1 : -1)) ;;
	esac
}

# The deepest nesting of each kind the parser accepts, give or take: its limit
# is 1000 levels of its own recursion, and a paren or block costs two, an if
# or a call three.  check compiles these at -O0 and -O2 and runs them, so the
# checker, escape analysis and codegen all recurse that deep.
deep_size() {
	case $1 in
	parens | blocks) echo 480 ;; ifs | calls) echo 320 ;; *) echo 990 ;;
	esac
}

# funcs: sum of i%3 for i < n, computed rather than guessed.
want_funcs() {
	awk -v n="$1" 'BEGIN { t = 0; for (i = 0; i < n; i++) t += i % 3; print t }'
}

# one GOSUB DIR KIND N OPT: generates, compiles (10 min limit), runs what
# compiled and prints a table row; fails on a crash or a wrong answer.
one() {
	local gosub=$1 dir=$2 kind=$3 n=$4 opt=$5
	local src=$dir/$kind$n.go exp st t msg t0 t1 got
	gen_kind "$kind" "$n" >"$src"
	exp=$(want "$kind" "$n")
	t0=$(date +%s.%N)
	set +e
	timeout 600 "$gosub" build "$opt" -o "$dir/$kind$n" "$src" >"$dir/$kind$n.log" 2>&1
	st=$?
	set -e
	t1=$(date +%s.%N)
	t=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
	local ok=0
	if ((st == 0)); then
		got=$(cd "$dir" && timeout 60 "./$kind$n" 2>&1 || true)
		if [[ $got == "$exp" ]]; then msg="ran: $got"; else msg="WRONG: got '$got', want '$exp'"; ok=1; fi
	elif ((st == 1)); then
		msg="error: $(head -n 1 "$dir/$kind$n.log" | sed 's|.*/||' | cut -c1-90)"
	else
		msg="CRASH (status $st): $(tail -n 1 "$dir/$kind$n.log" | cut -c1-80)"
		ok=1
	fi
	printf '%-10s %8d %4s %9d %7d %8s  %s\n' "$kind" "$n" "$opt" "$(wc -c <"$src")" "$st" "$t" "$msg"
	return $ok
}

check() {
	local gosub=$1 dir=${2:-}
	if [[ -z $dir ]]; then
		dir=$(mktemp -d "${TMPDIR:-/tmp}/gosub-extreme.XXXXXX")
		extreme_tmp=$dir  # global: the trap runs after this function's locals are gone
		trap 'rm -rf "$extreme_tmp"' EXIT
	fi
	mkdir -p "$dir"
	local bad=0
	printf '%-10s %8s %4s %9s %7s %8s  %s\n' kind size opt bytes status "time(s)" result
	for kind in lines funcs switch string chain parens blocks ifs calls composite unary; do
		one "$gosub" "$dir" "$kind" "$(size_of "$kind")" -O0 || bad=1
	done
	for kind in chain parens blocks ifs calls composite unary; do
		for o in -O0 -O2; do
			one "$gosub" "$dir" "$kind" "$(deep_size "$kind")" "$o" || bad=1
		done
	done
	return $bad
}

scale() {
	local gosub=$1
	shift
	local sizes=("$@")
	((${#sizes[@]})) || sizes=(10000 20000 40000 80000)
	local dir
	dir=$(mktemp -d "${TMPDIR:-/tmp}/gosub-scale.XXXXXX")
	printf '| lines | bytes | -O0 CPU (s) | -O0 peak RSS (MiB) | -O2 CPU (s) | -O2 peak RSS (MiB) |\n'
	printf '|---:|---:|---:|---:|---:|---:|\n'
	for n in "${sizes[@]}"; do
		gen_lines "$n" >"$dir/l$n.go"
		local row="| $n | $(wc -c <"$dir/l$n.go")"
		for o in -O0 -O2; do
			# CPU time (user + system, gosub and the linker it runs), which
			# other load on the machine disturbs less than wall time.
			/usr/bin/time -f '%U %S %M' -o "$dir/time" "$gosub" build "$o" -o "$dir/l$n" "$dir/l$n.go" \
				>/dev/null 2>&1 || { row="$row | failed | -"; continue; }
			read -r usr sys kib <"$dir/time"
			row="$row | $(awk -v u="$usr" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') | $((kib / 1024))"
		done
		echo "$row |"
	done
	rm -rf "$dir"
}

case ${1:-} in
gen) gen_kind "${2:?kind}" "${3:?size}" ;;
check) check "${2:?gosub}" "${3:-}" ;;
scale) shift; scale "$@" ;;
*) sed -n '2,30p' "$0" >&2; exit 2 ;;
esac
