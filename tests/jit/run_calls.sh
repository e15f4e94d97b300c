#!/usr/bin/env bash
# run_calls.sh GOSUB FILE.go GOLDEN: runs `GOSUB run -jit -call CALL FILE.go` for every line
# CALL of FILE's .txt (calls.go -> calls.txt) and compares the transcript -- "$ CALL", the
# combined stdout and stderr, "exit N" -- with GOLDEN.  The successful calls' lines in GOLDEN
# are what fmt.Println(CALL) prints under the Go toolchain; the rest are gosub's own messages
# for bad calls (status 1) and the panics of calls that panic (status 2; "[signal" lines are
# dropped).  With -update, rewrites GOLDEN instead.
set -u
gosub=$1 src=$2 golden=$3
cases=${src%.go}.txt
out=$(mktemp)
trap 'rm -f "$out" "$out.call"' EXIT
while IFS= read -r call; do
	printf '$ %s\n' "$call"
	(cd "$(dirname "$src")" && "$gosub" run -jit -call "$call" "$(basename "$src")" 2>&1 </dev/null) \
		>"$out.call"
	status=$?
	grep -v '^\[signal ' "$out.call"  # its pc is an address, as in run_e2e.sh
	printf 'exit %d\n' $status
done <"$cases" >"$out"
if [[ ${4:-} == -update ]]; then
	cp "$out" "$golden"
	exit 0
fi
if ! diff -u --label expected --label gosub "$golden" "$out"; then
	echo "FAIL jit/calls" >&2
	exit 1
fi
echo "PASS jit/calls"
