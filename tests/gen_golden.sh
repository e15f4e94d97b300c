#!/usr/bin/env bash
# gen_golden.sh: regenerate the golden files of gosub's tests with the real Go toolchain.
#
#   tests/gen_golden.sh                  every test (e2e/, seed/ and errors/)
#   tests/gen_golden.sh FILE.go|DIR...   the given tests; a file under a directory named
#                                        "errors" is an error test, any other a run test
#   tests/gen_golden.sh --errors [FILE.go...]   error tests only (all of errors/ if none given)
#   tests/gen_golden.sh --run [FILE.go...]      run tests only (all of e2e/ and seed/ if none given)
#
# Run tests (NAME.go in e2e/ or seed/, or a directory e2e/NAME/ holding a multi-file package
# main, whose *.go files are built together): the program is built with
# `go build -o BIN NAME.go` (or `go build -o BIN a.go b.go ...` inside NAME/) and the binary run
# directly (not through `go run`, so the exit status is the program's own), with the arguments
# listed one per line in NAME.args if that file exists, stdin from /dev/null and a 30 s timeout.
# It writes, next to NAME.go or NAME/,
#   NAME.out   exact stdout
#   NAME.err   stderr, truncated: a panic's goroutine trace (from the blank line before
#              "goroutine N [...]:" on) and any "[signal ...]" line are dropped
#   NAME.code  the exit status as a decimal number
#
# Error tests (NAME.go in errors/): `go build NAME.go` is run in the file's directory and must
# fail; NAME.err gets its diagnostics without the "# command-line-arguments" line and with the
# leading "./" stripped from file names (also after the tab of a continuation line), so lines
# read `NAME.go:4:2: declared and not used: x`.
#
# The Go toolchain is $GO, by default /usr/local/go/bin/go.
set -u

# Programs run with stdin from /dev/null; a `build -o /dev/null` that renames its output over it
# turns it into a regular file, which breaks every later run in confusing ways.
if [[ ! -c /dev/null ]]; then
	echo "gen_golden.sh: /dev/null is not a character device (replaced by a regular file?)" >&2
	exit 2
fi

GO=${GO:-/usr/local/go/bin/go}
TESTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# truncate_stderr: copy stdin to stdout without a panic's goroutine trace, "[signal ...]" lines
# and the "exit status N" line `go run` adds. The same function is in run_e2e.sh.
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

# gen_run FILE.go|DIR: write the test's .out, .err and .code from the Go-built binary. A DIR is
# a multi-file package main: all its *.go files are built together and the goldens go next to
# it (DIR.out, ...).
gen_run() {
	local src=${1%/} dir builddir name base tmp code s
	local -a sources=()
	if [[ -d $src ]]; then
		builddir=$(cd "$src" && pwd)
		dir=$(dirname "$builddir")
		name=$(basename "$builddir")
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
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/gosub-gen.XXXXXX")
	if ! (cd "$builddir" && "$GO" build -o "$tmp/prog" "${sources[@]}"); then
		echo "gen_golden: go build failed for $src" >&2
		rm -rf "$tmp"
		return 1
	fi
	local -a args=()
	if [[ -f $base.args ]]; then
		mapfile -t args <"$base.args"
	fi
	(cd "$tmp" && timeout 30 ./prog "${args[@]}" </dev/null >"$tmp/out" 2>"$tmp/err")
	code=$?
	if [[ ! -f $tmp/out || ! -f $tmp/err ]]; then
		echo "gen_golden: $src: could not run the program (temporary directory gone?)" >&2
		rm -rf "$tmp"
		return 1
	fi
	if ((code == 124)); then
		echo "gen_golden: $src: timed out after 30 s" >&2
		rm -rf "$tmp"
		return 1
	fi
	cp "$tmp/out" "$base.out"
	truncate_stderr <"$tmp/err" >"$base.err"
	echo "$code" >"$base.code"
	rm -rf "$tmp"
	echo "gen_golden: $src: exit $code"
}

# gen_error FILE.go: write FILE's .err from the diagnostics of a failing `go build`.
gen_error() {
	local src=$1 dir name tmp code
	dir=$(cd "$(dirname "$src")" && pwd)
	name=$(basename "$src" .go)
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/gosub-gen.XXXXXX")
	(cd "$dir" && "$GO" build -o "$tmp/prog" "$name.go" >"$tmp/stdout" 2>"$tmp/err")
	code=$?
	if ((code == 0)); then
		echo "gen_golden: $src compiles, but an error test must not" >&2
		rm -rf "$tmp"
		return 1
	fi
	local line
	while IFS= read -r line || [[ -n $line ]]; do
		[[ $line == "# command-line-arguments" ]] && continue
		line=${line#./}
		[[ $line == $'\t./'* ]] && line=$'\t'${line#$'\t./'}
		printf '%s\n' "$line"
	done <"$tmp/err" >"$dir/$name.err"
	rm -rf "$tmp"
	echo "gen_golden: $src: $(wc -l <"$dir/$name.err") diagnostic line(s)"
}

mode=auto
case ${1:-} in
--errors) mode=errors; shift ;;
--run) mode=run; shift ;;
esac

files=("$@")
if ((${#files[@]} == 0)); then
	shopt -s nullglob
	case $mode in
	errors) files=("$TESTS_DIR"/errors/*.go) ;;
	run) files=("$TESTS_DIR"/e2e/*.go "$TESTS_DIR"/e2e/*/ "$TESTS_DIR"/seed/*.go) ;;
	auto) files=("$TESTS_DIR"/e2e/*.go "$TESTS_DIR"/e2e/*/ "$TESTS_DIR"/seed/*.go "$TESTS_DIR"/errors/*.go) ;;
	esac
fi

status=0
for f in "${files[@]}"; do
	kind=$mode
	if [[ $kind == auto ]]; then
		if [[ $(basename "$(cd "$(dirname "$f")" && pwd)") == errors ]]; then
			kind=errors
		else
			kind=run
		fi
	fi
	if [[ $kind == errors ]]; then
		gen_error "$f" || status=1
	else
		gen_run "$f" || status=1
	fi
done
exit $status
