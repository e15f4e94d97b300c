#!/usr/bin/env bash
# run_error.sh GOSUB FILE.go
#
# Runs `GOSUB build -o TMP NAME.go` in FILE's directory (60 s limit) and expects: exit status 1,
# no output file left behind, nothing on stdout, and stderr exactly equal to NAME.err (the
# diagnostics `go build` prints, as gen_golden.sh --errors recorded them). Prints what differs
# and exits 1 on failure, 0 on success.
set -u

# Programs run with stdin from /dev/null; a `build -o /dev/null` that renames its output over it
# turns it into a regular file, which breaks every later run in confusing ways.
if [[ ! -c /dev/null ]]; then
	echo "run_error.sh: /dev/null is not a character device (replaced by a regular file?)" >&2
	exit 2
fi

if (($# != 2)); then
	echo "usage: run_error.sh GOSUB FILE.go" >&2
	exit 2
fi
gosub=$1
src=$2
case $gosub in
/*) ;;
*/*) gosub=$(cd "$(dirname "$gosub")" && pwd)/$(basename "$gosub") ;;
esac

dir=$(cd "$(dirname "$src")" && pwd)
name=$(basename "$src" .go)
if [[ ! -f $dir/$name.err ]]; then
	echo "FAIL $name: golden $dir/$name.err missing (run tests/gen_golden.sh --errors)" >&2
	exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gosub-err.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

(cd "$dir" && timeout 60 "$gosub" build -o "$tmp/prog" "$name.go" </dev/null >"$tmp/stdout" 2>"$tmp/stderr")
code=$?

fail=0
if ((code != 1)); then
	case $code in
	124) echo "FAIL $name: gosub timed out after 60 s" >&2 ;;
	*) echo "FAIL $name: exit status $code, want 1" >&2 ;;
	esac
	fail=1
fi
if [[ -e $tmp/prog ]]; then
	echo "FAIL $name: output file left behind" >&2
	fail=1
fi
if [[ -s $tmp/stdout ]]; then
	echo "FAIL $name: unexpected output on stdout:" >&2
	head -n 20 "$tmp/stdout" >&2
	fail=1
fi
if ! cmp -s "$dir/$name.err" "$tmp/stderr"; then
	echo "FAIL $name: diagnostics differ (--- expected from go build, +++ gosub)" >&2
	diff -u --label "expected/$name.err" --label "gosub/$name.err" "$dir/$name.err" "$tmp/stderr" | head -n 100 >&2
	fail=1
fi
if ((fail)); then
	exit 1
fi
echo "PASS $name"
exit 0
