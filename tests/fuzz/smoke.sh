#!/usr/bin/env bash
# smoke.sh [BUILD_DIR [SECONDS]]: CI's short fuzzing run (issue 6), 60 s by default.
#
# BUILD_DIR (default build-fuzz) must be, or becomes, a GOSUB_FUZZ=ON build
# made with clang-19 (installed here if missing, on Debian); only the
# fuzz_compile target is built.  The fuzzer starts from every .go file under
# tests/ and the regression corpus.  Any crash, sanitizer report or timeout
# fails the run and leaves its reproducer in BUILD_DIR/smoke/artifacts/ (see
# run.sh for long runs, and fuzz_compile.c for what counts as a crash).
# Out-of-memory restarts are not failures: fuzz_compile's arena is never
# freed by design, and fork mode restarts the worker.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build-fuzz}
seconds=${2:-60}

if ! command -v clang-19 >/dev/null; then
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo="sudo"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq clang-19
fi
if [[ ! -f $build/CMakeCache.txt ]]; then
	CC=clang-19 cmake -S . -B "$build" -DGOSUB_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target fuzz_compile -j2

work=$build/smoke
rm -rf "$work"
mkdir -p "$work/corpus" "$work/seeds" "$work/artifacts"
find tests -name '*.go' -not -path 'tests/fuzz/*' | while read -r f; do
	cp "$f" "$work/seeds/$(echo "${f#tests/}" | tr '/' '_')"
done
cp tests/fuzz/regress/*.go "$work/seeds/" 2>/dev/null || true

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
echo "--- fuzzing gosub for $seconds s ($build/bin/fuzz_compile)"
if ! "$build/bin/fuzz_compile" -fork=1 -ignore_ooms=1 -detect_leaks=0 -max_len=4096 \
	-timeout=10 -rss_limit_mb=3072 -dict=tests/fuzz/go.dict -max_total_time="$seconds" \
	-artifact_prefix="$work/artifacts/" "$work/corpus" "$work/seeds" >"$work/log" 2>&1; then
	grep -v NEW_FUNC "$work/log" | tail -n 60
	echo "FAIL: the fuzzer found a crash; reproducers:" "$work"/artifacts/*
	exit 1
fi
grep -E '^#[0-9]+' "$work/log" | tail -n 1
echo "PASS: no crash in $seconds s"
