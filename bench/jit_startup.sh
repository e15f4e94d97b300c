#!/usr/bin/env bash
# jit_startup.sh: start-up time of `gosub run -jit` against building and running an executable.
#
#   bench/jit_startup.sh [--write] [GOSUB]
#
# For each program (hello.go, a small one; compile300.go, 334 lines, run at its default size)
# and each optimisation level (-O0, -O2), three ways from source to output are timed, RUNS
# times each (default 11), and the median wall time is reported:
#   jit        gosub run -jit -On PROG.go                 compile into memory, run in-process
#   build+exec gosub build -On -o EXE PROG.go && ./EXE    what `go build && ./prog` does
#   run        gosub run -On PROG.go                      the same through a temporary file
# Every run's output is checked against the first build+exec output. Wall time is taken with
# `date +%s%N` around each command, CPU time (user + system, children included) with GNU time
# (/usr/bin/time, Debian package `time`). --write appends the table to bench/jit.md with the date
# and machine. GOSUB is the first argument, else $GOSUB, else build/bin/gosub at the root.
set -u -o pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
WRITE=0
if [[ ${1:-} == --write ]]; then
	WRITE=1
	shift
fi
GOSUB=${1:-${GOSUB:-$ROOT/build/bin/gosub}}
RUNS=${RUNS:-11}
PROGRAMS=${PROGRAMS:-"hello compile300"}
if [[ ! -x $GOSUB ]]; then
	echo "jit_startup.sh: no gosub at $GOSUB" >&2
	exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now_ms() { echo $(($(date +%s%N) / 1000000)); }

median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

# time_cmd NAME EXPECTED CMD...: runs CMD RUNS times, checks its output against EXPECTED, and
# prints "WALL CPU": the medians of the wall time and of the CPU time (user + system, child
# processes included: cc and ld for build+exec) in milliseconds.
time_cmd() {
	local name=$1 expected=$2
	shift 2
	local i t0 t1 cpu
	for ((i = 0; i < RUNS; i++)); do
		t0=$(now_ms)
		/usr/bin/time -f '%U %S' -o "$tmp/cpu" "$@" >"$tmp/out" 2>&1
		t1=$(now_ms)
		if ! cmp -s "$tmp/out" "$expected"; then
			echo "jit_startup.sh: $name: output differs" >&2
			diff "$expected" "$tmp/out" | head -5 >&2
			touch "$tmp/failed"
		fi
		cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' "$tmp/cpu")
		echo "$((t1 - t0)) $cpu" >>"$tmp/times"
	done
	echo "$(cut -d' ' -f1 "$tmp/times" | median) $(cut -d' ' -f2 "$tmp/times" | median)"
	rm -f "$tmp/times"
}

build_exec() { "$GOSUB" build "$1" -o "$tmp/exe" "$2" && "$tmp/exe"; }
export -f build_exec
export GOSUB tmp

load=$(cut -d' ' -f1-3 /proc/loadavg)
table="| program | flags | jit ms | build+exec ms | run ms | build+exec / jit | jit CPU ms | build+exec CPU ms |
|---|---|---:|---:|---:|---:|---:|---:|"
for prog in $PROGRAMS; do
	src=$BENCH_DIR/$prog.go
	for opt in -O0 -O2; do
		build_exec "$opt" "$src" >"$tmp/expected" 2>&1
		echo "timing $prog $opt ..." >&2
		jit=$(time_cmd "$prog jit $opt" "$tmp/expected" "$GOSUB" run -jit "$opt" "$src")
		aot=$(time_cmd "$prog build+exec $opt" "$tmp/expected" bash -c 'build_exec "$@"' - "$opt" "$src")
		run=$(time_cmd "$prog run $opt" "$tmp/expected" "$GOSUB" run "$opt" "$src")
		read -r jit_wall jit_cpu <<<"$jit"
		read -r aot_wall aot_cpu <<<"$aot"
		read -r run_wall _ <<<"$run"
		ratio=$(awk -v a="$aot_wall" -v j="$jit_wall" 'BEGIN {printf "%.2f", (j > 0 ? a / j : 0)}')
		table+=$'\n'"| $prog | $opt | $jit_wall | $aot_wall | $run_wall | $ratio | $jit_cpu | $aot_cpu |"
	done
done
echo "$table"
if ((WRITE)); then
	{
		echo
		echo "## $(date -u '+%Y-%m-%d %H:%M UTC')"
		echo
		echo "- machine: $(nproc) CPUs, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(uname -sm)"
		echo "- gosub: $GOSUB; $RUNS runs each, medians in milliseconds; load average before: $load"
		echo
		echo "$table"
	} >>"$BENCH_DIR/jit.md"
fi
[[ -e $tmp/failed ]] && exit 1
exit 0
