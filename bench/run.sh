#!/usr/bin/env bash
# run.sh: time gosub-built benchmark programs against Go-built ones.
#
#   bench/run.sh [--write] [GOSUB]     run every benchmark and print a table
#   bench/run.sh --regen               rewrite bench/expected/*.out with Go (needs Go)
#
# GOSUB is the gosub executable: the first argument, else $GOSUB, else build/bin/gosub at the
# repository root. Go is $GO, else /usr/local/go/bin/go, else `go` on PATH; without Go only
# gosub's side is measured and its output is checked against bench/expected/NAME.out alone.
#
# Each benchmark (binarytrees, nbody, fannkuch, spectralnorm, and maps: insert, lookup and
# delete of 1M string keys) is built once with
# `gosub build -O2` and once with `go build`, then each binary is run $RUNS times (default 5)
# at its standard size (SIZE below). Every run's stdout must equal bench/expected/NAME.out
# and the other compiler's. The table shows the median wall time and the median peak RSS of
# each side and the ratios gosub/go (below 1: gosub is faster or smaller).
#
# The compile-time row builds bench/compile300.go $RUNS times with each compiler. Each build
# gets a fresh copy of the file with a unique trailing comment, so Go's build cache cannot
# answer from an earlier build (the standard library stays cached, as it would for a user).
# The compiled program's output is checked too.
#
# Wall time is taken with `date +%s%N` around each run (millisecond resolution); peak RSS is
# GNU time's %M (`/usr/bin/time -f '%e %M'`, Debian package `time`), the largest resident set
# of the process tree. Without /usr/bin/time the RSS columns read n/a.
#
# --write also writes the table to bench/results.md, with the date, the machine (nproc, CPU
# model) and the Go version. Environment: RUNS (default 5), TIMEOUT (seconds per run,
# default 300), BENCHES (a space-separated subset, e.g. BENCHES="nbody compile300").
# Exit status: 0 when every build, run and output check passed, 1 otherwise, 2 on bad usage.
set -u -o pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
EXPECTED_DIR=$BENCH_DIR/expected

# Standard sizes, chosen so that each Go-built binary runs for about 0.5-2.5 s on the
# project's 2-core AMD EPYC machine (Go 1.26); bench/expected/NAME.out holds the output at
# exactly this size, so changing a size means running --regen.
declare -A SIZE=([binarytrees]=16 [nbody]=10000000 [fannkuch]=11 [spectralnorm]=4000 [maps]=1000000)
ALL_BENCHES="binarytrees nbody fannkuch spectralnorm maps compile300"
COMPILE_PROG=compile300

RUNS=${RUNS:-5}
TIMEOUT=${TIMEOUT:-300}
BENCHES=${BENCHES:-$ALL_BENCHES}

usage() {
	awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "${BASH_SOURCE[0]}"
}

die() {
	echo "run.sh: $*" >&2
	exit 2
}

# --- arguments and tools -----------------------------------------------------------------

write=0
regen=0
gosub_arg=
for arg in "$@"; do
	case $arg in
	--write) write=1 ;;
	--regen) regen=1 ;;
	-h | --help) usage; exit 0 ;;
	-*) die "unknown flag $arg (see --help)" ;;
	*) [[ -z $gosub_arg ]] || die "more than one GOSUB given"; gosub_arg=$arg ;;
	esac
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, not '$RUNS'"
for b in $BENCHES; do
	[[ " $ALL_BENCHES " == *" $b "* ]] || die "unknown benchmark '$b' (known: $ALL_BENCHES)"
done

GOSUB=${gosub_arg:-${GOSUB:-$ROOT/build/bin/gosub}}
have_gosub=0
if [[ -x $GOSUB && ! -d $GOSUB ]]; then
	have_gosub=1
	GOSUB=$(cd "$(dirname "$GOSUB")" && pwd)/$(basename "$GOSUB")
fi

GO=${GO:-}
if [[ -z $GO ]]; then
	if [[ -x /usr/local/go/bin/go ]]; then
		GO=/usr/local/go/bin/go
	else
		GO=$(command -v go || true)
	fi
fi
have_go=0
[[ -n $GO && -x $GO ]] && have_go=1

TIME_BIN=
[[ -x /usr/bin/time ]] && TIME_BIN=/usr/bin/time
TIMEOUT_CMD=()
command -v timeout >/dev/null && TIMEOUT_CMD=(timeout "$TIMEOUT")

WORK=$(mktemp -d "${TMPDIR:-/tmp}/gosub-bench.XXXXXX") || die "cannot create a work directory"
trap 'rm -rf "$WORK"' EXIT

# --- measuring ---------------------------------------------------------------------------

# measure OUT CMD...: run CMD once with stdout to OUT and stderr to $WORK/stderr.txt.
# Sets M_RC (exit status), M_MS (wall time in milliseconds) and M_RSS (peak KB, or n/a).
measure() {
	local out=$1 t0 t1
	shift
	t0=$(date +%s%N)
	if [[ -n $TIME_BIN ]]; then
		"$TIME_BIN" -f '%e %M' -o "$WORK/time.txt" "${TIMEOUT_CMD[@]}" "$@" \
			>"$out" 2>"$WORK/stderr.txt" </dev/null
		M_RC=$?
	else
		"${TIMEOUT_CMD[@]}" "$@" >"$out" 2>"$WORK/stderr.txt" </dev/null
		M_RC=$?
	fi
	t1=$(date +%s%N)
	M_MS=$(((t1 - t0) / 1000000))
	M_RSS=n/a
	if [[ -n $TIME_BIN ]]; then
		# GNU time puts "Command exited with non-zero status N" before the format line.
		M_RSS=$(tail -n 1 "$WORK/time.txt" | awk '{ print $2 }')
		[[ $M_RSS =~ ^[0-9]+$ ]] || M_RSS=n/a
	fi
}

# median: print the median of the numbers on stdin, or n/a if there are none or any is n/a.
median() {
	sort -n | awk '
		$1 !~ /^[0-9.]+$/ { bad = 1 }
		{ v[NR] = $1 }
		END {
			if (NR == 0 || bad) { print "n/a"; exit }
			if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2
		}'
}

# ratio A B: print A/B with two decimals, or - when either is missing or B is zero.
ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN {
		if (a !~ /^[0-9.]+$/ || b !~ /^[0-9.]+$/ || b + 0 == 0) print "-"; else printf "%.2f\n", a / b }'
}

# secs MS: milliseconds as seconds with three decimals; mib KB: kilobytes as MiB with one.
secs() { [[ $1 =~ ^[0-9.]+$ ]] && awk -v m="$1" 'BEGIN { printf "%.3f\n", m / 1000 }' || echo "$1"; }
mib() { [[ $1 =~ ^[0-9.]+$ ]] && awk -v k="$1" 'BEGIN { printf "%.1f\n", k / 1024 }' || echo "$1"; }

# series SIDE NAME CMD...: run CMD $RUNS times. Sets S_MS and S_RSS (medians), S_FAIL (empty,
# or what went wrong) and leaves the first run's stdout in $WORK/SIDE-NAME.out. Every run's
# stdout must be the same.
series() {
	local side=$1 name=$2 i ms="" rss="" out
	shift 2
	out=$WORK/$side-$name.out
	S_FAIL=
	for ((i = 1; i <= RUNS; i++)); do
		printf '  %s %s run %d/%d\n' "$side" "$name" "$i" "$RUNS" >&2
		measure "$WORK/run.out" "$@"
		if ((M_RC != 0)); then
			S_FAIL="$side exit $M_RC"
			sed 's/^/    /' "$WORK/stderr.txt" | head -n 5 >&2
			break
		fi
		ms+="$M_MS"$'\n'
		rss+="$M_RSS"$'\n'
		if ((i == 1)); then
			cp "$WORK/run.out" "$out"
		elif ! cmp -s "$WORK/run.out" "$out"; then
			S_FAIL="$side output varies"
		fi
	done
	S_MS=$(printf '%s' "$ms" | median)
	S_RSS=$(printf '%s' "$rss" | median)
	[[ -z $S_FAIL ]] || { S_MS=n/a; S_RSS=n/a; }
}

# --- building ----------------------------------------------------------------------------

# build_with SIDE SRC BIN: build SRC into BIN with gosub -O2 or go. Sets B_MS, B_RSS, B_RC
# and leaves the compiler's messages in $WORK/build.log.
build_with() {
	local side=$1 src=$2 bin=$3
	if [[ $side == gosub ]]; then
		measure "$WORK/build.log" "$GOSUB" build -O2 -o "$bin" "$src"
	else
		# Outside any module, `go build FILE.go` builds the file as package command-line-arguments.
		measure "$WORK/build.log" env GO111MODULE=on GOFLAGS= "$GO" build -o "$bin" "$src"
	fi
	cat "$WORK/stderr.txt" >>"$WORK/build.log"
	B_MS=$M_MS B_RSS=$M_RSS B_RC=$M_RC
}

# build_or_report SIDE NAME: build bench/NAME.go into $WORK/SIDE-NAME; on failure print the
# compiler's first messages and return 1.
build_or_report() {
	local side=$1 name=$2
	printf '  %s build %s\n' "$side" "$name" >&2
	build_with "$side" "$BENCH_DIR/$name.go" "$WORK/$side-$name"
	if ((B_RC != 0)); then
		sed 's/^/    /' "$WORK/build.log" | head -n 10 >&2
		return 1
	fi
}

# fresh_copy I: a copy of compile300.go, unique to this invocation and run, so that no build
# cache can hold its result. Prints the copy's path.
fresh_copy() {
	local dir=$WORK/compile-$1
	mkdir -p "$dir"
	cp "$BENCH_DIR/$COMPILE_PROG.go" "$dir/$COMPILE_PROG.go"
	printf '\n// run.sh build %s %s %s\n' "$1" "$$" "$(date +%s%N)" >>"$dir/$COMPILE_PROG.go"
	echo "$dir/$COMPILE_PROG.go"
}

# compile_series SIDE: build compile300.go $RUNS times. Sets S_MS, S_RSS, S_FAIL like series,
# and leaves the last build's program in $WORK/SIDE-compile300.
compile_series() {
	local side=$1 i src ms="" rss=""
	S_FAIL=
	for ((i = 1; i <= RUNS; i++)); do
		printf '  %s build %s %d/%d\n' "$side" "$COMPILE_PROG" "$i" "$RUNS" >&2
		src=$(fresh_copy "$side-$i")
		build_with "$side" "$src" "$WORK/$side-$COMPILE_PROG"
		if ((B_RC != 0)); then
			S_FAIL="$side build failed"
			sed 's/^/    /' "$WORK/build.log" | head -n 10 >&2
			break
		fi
		ms+="$B_MS"$'\n'
		rss+="$B_RSS"$'\n'
	done
	S_MS=$(printf '%s' "$ms" | median)
	S_RSS=$(printf '%s' "$rss" | median)
	[[ -z $S_FAIL ]] || { S_MS=n/a; S_RSS=n/a; }
}

# --- regenerating the expected outputs ---------------------------------------------------

if ((regen)); then
	((have_go)) || die "--regen needs Go (set GO=/path/to/go)"
	mkdir -p "$EXPECTED_DIR"
	for name in binarytrees nbody fannkuch spectralnorm maps; do
		build_or_report go "$name" || die "go build $name.go failed"
		printf '  go run %s %s\n' "$name" "${SIZE[$name]}" >&2
		"$WORK/go-$name" "${SIZE[$name]}" >"$EXPECTED_DIR/$name.out" || die "$name failed"
	done
	build_or_report go "$COMPILE_PROG" || die "go build $COMPILE_PROG.go failed"
	"$WORK/go-$COMPILE_PROG" >"$EXPECTED_DIR/$COMPILE_PROG.out" || die "$COMPILE_PROG failed"
	echo "run.sh: wrote $EXPECTED_DIR/*.out with $("$GO" version)" >&2
	exit 0
fi

# --- running the benchmarks --------------------------------------------------------------

((have_gosub)) || echo "run.sh: no gosub at $GOSUB; measuring Go alone" >&2
((have_go)) || echo "run.sh: no Go toolchain; checking gosub against bench/expected only" >&2
[[ -n $TIME_BIN ]] || echo "run.sh: no /usr/bin/time (apt-get install time); RSS is n/a" >&2

ROWS=()
failed=0

# check_output NAME: compare the outputs the two sides left in $WORK with the expected one.
# Prints "ok" or what differs.
check_output() {
	local name=$1 exp=$EXPECTED_DIR/$1.out g=$WORK/gosub-$1.out o=$WORK/go-$1.out notes=()
	if ((have_gosub)) && [[ -f $g ]]; then
		[[ ! -f $exp ]] || cmp -s "$g" "$exp" || notes+=("gosub != expected")
		[[ ! -f $o ]] || cmp -s "$g" "$o" || notes+=("gosub != go")
	fi
	[[ ! -f $o || ! -f $exp ]] || cmp -s "$o" "$exp" || notes+=("go != expected (run --regen?)")
	[[ -f $exp ]] || notes+=("no expected/$1.out")
	if ((${#notes[@]} == 0)); then echo ok; else
		local joined
		printf -v joined '%s; ' "${notes[@]}"
		echo "${joined%; }"
	fi
}

# add_row NAME SIZE GOSUB_MS GO_MS GOSUB_RSS GO_RSS STATUS
add_row() {
	local status=$7
	[[ $status == ok* ]] || failed=1
	ROWS+=("$(printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |' "$1" "$2" \
		"$(secs "$3")" "$(secs "$4")" "$(ratio "$3" "$4")" \
		"$(mib "$5")" "$(mib "$6")" "$(ratio "$5" "$6")" "$status")")
}

for name in $BENCHES; do
	[[ $name != "$COMPILE_PROG" ]] || continue
	size=${SIZE[$name]}
	echo "$name $size" >&2
	rm -f "$WORK"/*-"$name".out
	g_ms=- g_rss=- o_ms=- o_rss=- fails=()
	if ((have_gosub)); then
		if build_or_report gosub "$name"; then
			series gosub "$name" "$WORK/gosub-$name" "$size"
			g_ms=$S_MS g_rss=$S_RSS
			[[ -z $S_FAIL ]] || fails+=("$S_FAIL")
		else
			fails+=("gosub build failed")
		fi
	fi
	if ((have_go)); then
		if build_or_report go "$name"; then
			series go "$name" "$WORK/go-$name" "$size"
			o_ms=$S_MS o_rss=$S_RSS
			[[ -z $S_FAIL ]] || fails+=("$S_FAIL")
		else
			fails+=("go build failed")
		fi
	fi
	status=$(check_output "$name")
	if ((${#fails[@]})); then printf -v status '%s; ' "${fails[@]}"; status=${status%; }; fi
	((have_gosub)) || status="$status (go only)"
	add_row "$name" "$size" "$g_ms" "$o_ms" "$g_rss" "$o_rss" "$status"
done

if [[ " $BENCHES " == *" $COMPILE_PROG "* ]]; then
	echo "$COMPILE_PROG: compile time ($(wc -l <"$BENCH_DIR/$COMPILE_PROG.go") lines)" >&2
	rm -f "$WORK"/*-"$COMPILE_PROG".out
	g_ms=- g_rss=- o_ms=- o_rss=- fails=()
	for side in gosub go; do
		if [[ $side == gosub ]] && ((!have_gosub)); then continue; fi
		if [[ $side == go ]] && ((!have_go)); then continue; fi
		compile_series "$side"
		if [[ -n $S_FAIL ]]; then
			fails+=("$S_FAIL")
			continue
		fi
		if [[ $side == gosub ]]; then g_ms=$S_MS g_rss=$S_RSS; else o_ms=$S_MS o_rss=$S_RSS; fi
		# The program itself must work too: run the last build once.
		measure "$WORK/$side-$COMPILE_PROG.out" "$WORK/$side-$COMPILE_PROG"
		((M_RC == 0)) || fails+=("$side program exit $M_RC")
	done
	status=$(check_output "$COMPILE_PROG")
	if ((${#fails[@]})); then printf -v status '%s; ' "${fails[@]}"; status=${status%; }; fi
	((have_gosub)) || status="$status (go only)"
	add_row "$COMPILE_PROG (compile)" "$(wc -l <"$BENCH_DIR/$COMPILE_PROG.go") lines" \
		"$g_ms" "$o_ms" "$g_rss" "$o_rss" "$status"
fi

# --- the report --------------------------------------------------------------------------

report() {
	local cpu go_version=none gosub_shown=$GOSUB
	cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
	((have_go)) && go_version=$("$GO" version)
	((have_gosub)) || gosub_shown="none (no executable at $GOSUB; Go measured alone)"
	echo "# gosub benchmark results"
	echo
	echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "- machine: $(nproc) CPUs, ${cpu:-unknown CPU}, $(uname -sm)"
	echo "- gosub: $gosub_shown"
	echo "- go: $go_version"
	echo "- runs: $RUNS per binary and compiler; medians shown; wall time in seconds, peak RSS in MiB"
	[[ -n $TIME_BIN ]] || echo "- RSS: n/a (no /usr/bin/time; apt-get install time)"
	[[ -z ${GOMAXPROCS:-} ]] || echo "- GOMAXPROCS=$GOMAXPROCS"
	[[ -z ${GOGC:-} ]] || echo "- GOGC=$GOGC"
	echo
	echo "| benchmark | size | gosub s | go s | time gosub/go | gosub MiB | go MiB | RSS gosub/go | output |"
	echo "|---|---|---:|---:|---:|---:|---:|---:|---|"
	printf '%s\n' "${ROWS[@]}"
	echo
	echo "Ratios below 1 favour gosub. See bench/README.md for what each row measures."
}

report
if ((write)); then
	report >"$BENCH_DIR/results.md"
	echo "run.sh: wrote $BENCH_DIR/results.md" >&2
fi
exit "$failed"
