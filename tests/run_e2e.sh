#!/usr/bin/env bash
# run_e2e.sh GOSUB FILE.go|DIR [gosub build flags...]
#
# Builds FILE.go with `GOSUB build [flags] -o TMP FILE.go` in FILE's directory (a DIR holding a
# multi-file package is built as `GOSUB build [flags] -o TMP a.go b.go ...` inside DIR), with a
# 60 s limit; runs the executable with the arguments listed one per line in NAME.args (if
# present), stdin from /dev/null and a 30 s timeout; truncates its stderr as gen_golden.sh does
# (a panic's goroutine trace and "[signal ...]" lines dropped); and compares stdout, stderr and
# the exit status with NAME.out, NAME.err and NAME.code, the goldens gen_golden.sh made with the
# Go toolchain. Prints a diff of whatever differs and exits 1 on any difference; prints
# "PASS NAME" and exits 0 when everything matches.
#
# GOSUB_RUNTIME_ENV, when set, is extra environment for the program's runs only (not for the
# build): VAR=VALUE words, e.g. "GOSUBDEBUG=gcstress=1". Several environments separated by ';'
# run the one executable once under each, and every run must match the goldens; the collector
# stress tests (tests/CMakeLists.txt) build once and run under gcstress and gccheck this way.
#
# With GOSUB_RUN_JIT=1 the program is not built: `GOSUB run -jit [flags] SOURCES -- ARGS` compiles
# it into memory and runs it inside gosub (issue 7), against the same goldens.
set -u

# Programs run with stdin from /dev/null; a `build -o /dev/null` that renames its output over it
# turns it into a regular file, which breaks every later run in confusing ways.
if [[ ! -c /dev/null ]]; then
	echo "run_e2e.sh: /dev/null is not a character device (replaced by a regular file?)" >&2
	exit 2
fi

if (($# < 2)); then
	echo "usage: run_e2e.sh GOSUB FILE.go|DIR [gosub build flags...]" >&2
	exit 2
fi
gosub=$1
src=$2
shift 2
flags=("$@")

case $gosub in
/*) ;;
*/*) gosub=$(cd "$(dirname "$gosub")" && pwd)/$(basename "$gosub") ;;
esac

# A test is NAME.go, or a directory NAME/ holding a multi-file package main (all its *.go files
# are compiled together, in its directory); the goldens sit next to it as NAME.out and so on.
src=${src%/}
if [[ -d $src ]]; then
	builddir=$(cd "$src" && pwd)
	dir=$(dirname "$builddir")
	name=$(basename "$builddir")
	sources=()
	for s in "$builddir"/*.go; do
		sources+=("$(basename "$s")")
	done
else
	dir=$(cd "$(dirname "$src")" && pwd)
	builddir=$dir
	name=$(basename "$src" .go)
	sources=("$name.go")
fi
base=$dir/$name
label="$name${flags[*]:+ (${flags[*]})}"

for g in out err code; do
	if [[ ! -f $base.$g ]]; then
		echo "FAIL $label: golden $base.$g missing (run tests/gen_golden.sh)" >&2
		exit 1
	fi
done

truncate_stderr() {
	local line pending_blank=0 eol
	while true; do
		eol=$'\n'
		if ! IFS= read -r line; then
			[[ -z $line ]] && break
			eol=
		fi
		if [[ $line =~ ^goroutine\ [0-9]+\ \[ ]]; then
			return 0
		fi
		if [[ $line =~ ^\[signal\  ]] || [[ $line =~ ^exit\ status\ [0-9]+$ ]]; then
			continue
		fi
		if ((pending_blank)); then
			printf '\n'
			pending_blank=0
		fi
		if [[ -z $line ]]; then
			pending_blank=1
			continue
		fi
		printf '%s%s' "$line" "$eol"
	done
	if ((pending_blank)); then
		printf '\n'
	fi
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gosub-e2e.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

args=()
if [[ -f $base.args ]]; then
	mapfile -t args <"$base.args"
fi

# One run per environment in GOSUB_RUNTIME_ENV; one run with nothing added when it is unset.
IFS=';' read -r -a run_envs <<<"${GOSUB_RUNTIME_ENV:-}"
((${#run_envs[@]})) || run_envs=("")

fail=0
for run_env in "${run_envs[@]}"; do
	read -r -a env_words <<<"$run_env"
	run_label="$label${env_words[*]:+ [${env_words[*]}]}"
	if [[ ${GOSUB_RUN_JIT:-} == 1 ]]; then
		limit=90
		(cd "$builddir" && timeout $limit env "${env_words[@]}" "$gosub" run -jit "${flags[@]}" "${sources[@]}" \
			-- "${args[@]}" </dev/null >"$tmp/out" 2>"$tmp/err.raw")
		code=$?
	else
		if [[ ! -e $tmp/prog ]]; then
			if ! (cd "$builddir" && timeout 60 "$gosub" build "${flags[@]}" -o "$tmp/prog" "${sources[@]}") \
				>"$tmp/build.log" 2>&1; then
				echo "FAIL $label: gosub build failed" >&2
				cat "$tmp/build.log" >&2
				exit 1
			fi
			if [[ ! -x $tmp/prog ]]; then
				echo "FAIL $label: gosub build succeeded but wrote no executable" >&2
				exit 1
			fi
		fi

		# GOSUB_EXEC, when set, is the command that runs the program: for another
		# architecture, "qemu-aarch64 -L /usr/aarch64-linux-gnu".  Emulation is slower,
		# so it gets a longer limit.
		read -r -a exec_prefix <<<"${GOSUB_EXEC:-}"
		limit=30
		((${#exec_prefix[@]})) && limit=120
		(cd "$tmp" && timeout $limit env "${env_words[@]}" "${exec_prefix[@]}" ./prog "${args[@]}" \
			</dev/null >"$tmp/out" 2>"$tmp/err.raw")
		code=$?
	fi
	truncate_stderr <"$tmp/err.raw" >"$tmp/err"
	echo "$code" >"$tmp/code"

	if ((code == 124)); then
		echo "FAIL $run_label: timed out after $limit s" >&2
		fail=1
	fi
	for g in out err code; do
		if ! cmp -s "$base.$g" "$tmp/$g"; then
			echo "FAIL $run_label: $g differs (--- expected from Go, +++ gosub)" >&2
			diff -u --label "expected/$name.$g" --label "gosub/$name.$g" "$base.$g" "$tmp/$g" | head -n 200 >&2
			fail=1
		fi
	done
done
if ((fail)); then
	exit 1
fi
echo "PASS $label${GOSUB_RUNTIME_ENV:+ [$GOSUB_RUNTIME_ENV]}"
exit 0
