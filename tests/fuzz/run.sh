#!/usr/bin/env bash
# run.sh BUILD_DIR SECONDS [WORK_DIR]: a long local run of the compiler fuzzer.
#
# BUILD_DIR holds a GOSUB_FUZZ=ON build (CC=clang-19 cmake -DGOSUB_FUZZ=ON; see
# tests/fuzz/CMakeLists.txt).  The corpus grows in WORK_DIR/corpus (default
# ./fuzz-work), seeded with every .go file under tests/; crashes land in
# WORK_DIR/artifacts as crash-*, timeout-* and oom-* files, each a reproducer:
#     BUILD_DIR/bin/fuzz_compile -detect_leaks=0 WORK_DIR/artifacts/crash-...
# Fork mode with one worker: the worker is restarted after a crash, an
# out-of-memory or a timeout (-ignore_*), so one run collects every distinct
# crash, and restarting also returns the arena memory fuzz_compile never
# frees.  -max_len 4096 keeps inputs small enough to reduce by hand; the
# dictionary (go.dict) feeds Go's keywords and operators to the mutator.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: run.sh BUILD_DIR SECONDS [WORK_DIR]}
seconds=${2:?usage: run.sh BUILD_DIR SECONDS [WORK_DIR]}
work=${3:-fuzz-work}
tests=$(cd "$here/.." && pwd)
mkdir -p "$work/corpus" "$work/seeds" "$work/artifacts"
find "$tests" -name '*.go' -not -path "$tests/fuzz/*" | while read -r f; do
	cp "$f" "$work/seeds/$(echo "${f#"$tests/"}" | tr '/' '_')"
done
# The arena is never freed, by design: LeakSanitizer would report it at the
# end of every worker (fork mode does not pass -detect_leaks on to them).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
exec "$build/bin/fuzz_compile" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
	-detect_leaks=0 -max_len=4096 -timeout=10 -rss_limit_mb=3072 \
	-dict="$here/go.dict" -max_total_time="$seconds" \
	-artifact_prefix="$work/artifacts/" "$work/corpus" "$work/seeds"
