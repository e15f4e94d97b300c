#!/usr/bin/env bash
# run_compare.sh GOSUB FILE.go
#
# Runs `gosub compare` on FILE.go and checks what the escape analysis
# promises: both builds behave identically (compare exits 0 and says
# "output: identical"), every allocation site is listed with a decision, and
# escape analysis on makes no more heap allocations than off.  With
# STRICT_FEWER=1 it must make strictly fewer (the seed's programs all do).
set -u
gosub=$1
src=$2
dir=$(cd "$(dirname "$src")" && pwd)
name=$(basename "$src" .go)
args=()
[[ -f $dir/$name.args ]] && mapfile -t args <"$dir/$name.args"

out=$(cd "$dir" && "$gosub" compare -runs 1 "$name.go" -- "${args[@]}" 2>&1)
status=$?
fail() { echo "FAIL $name: $1"; echo "$out"; exit 1; }
((status == 0)) || fail "gosub compare exited $status"
grep -q '^output: identical' <<<"$out" || fail "outputs differ"
grep -q '^allocation sites' <<<"$out" || fail "no site table"
read -r on off < <(awk '/^  heap allocations/ {print $3, $4}' <<<"$out")
[[ -n ${on:-} && -n ${off:-} ]] || fail "no heap allocation counts"
((on <= off)) || fail "more heap allocations with escape analysis on ($on > $off)"
if [[ ${STRICT_FEWER:-0} == 1 ]] && ((on >= off)); then
	fail "escape analysis on saved no heap allocation ($on vs $off)"
fi
echo "PASS $name: heap allocations $on with escape analysis on, $off off"
