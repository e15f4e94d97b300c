// fuzz_compile.c: arbitrary bytes through the whole compiler, short of linking.
//
// Each input is one source file, "fuzz.go".  It is parsed, checked, run
// through escape analysis and lowered to LLVM IR, which LLVM verifies and
// prints to /dev/null: every phase gosub owns runs, nothing is written or
// linked.  The contract under test is the design's "the compiler never crashes
// on any input": a user error must come out as a diagnostic, so any abort,
// assertion, sanitizer report, timeout or codegen failure (cg_emit_program
// returning false means gosub produced IR that LLVM rejects for a program the
// checker accepted) is a bug.  Codegen failures trap on purpose so that the
// fuzzer keeps the input.
//
// The compiler was written for one compilation per process; what lets it run
// many in one is that check_program and esc_analyze reset their own state.
// Per input this file resets the diagnostics (diag_capture keeps the
// ten-error limit from calling exit) and the loaded stdlib packages
// (pkg_reset), and nothing else: the arena is never
// freed, so memory grows with the inputs run - fine for the smoke run, and
// long runs use libFuzzer's -fork mode, whose workers are restarted.
//
// The custom mutator at the end works on lines and tokens half the time, so
// that mutated programs keep parsing and reach the later phases.
//
// A small hash of the input picks the variant so that a crash replays
// exactly: one input in four is compiled with escape analysis off (every site
// on the heap), one in eight at -O2 (LLVM's pipeline over gosub's IR).
//
// Two builds (tests/fuzz/CMakeLists.txt):
//   fuzz_compile  libFuzzer's main, clang-19 -fsanitize=fuzzer,address,undefined
//                 (CC=clang-19 cmake -DGOSUB_FUZZ=ON ...);
//   fuzz_replay   FUZZ_REPLAY_MAIN: a plain main that runs the same function on
//                 each file or directory named on the command line, for the
//                 regression corpus under ctest (tests/fuzz/regress/).
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "codegen.h"
#include "escape.h"
#include "frontend.h"

// Inputs beyond this are cut: 64 KiB of source covers every construct, and
// the fuzzer's -max_len is smaller anyway.
enum { FUZZ_MAX_INPUT = 1 << 16 };

static char diagnostics[1 << 14];

// FNV-1a: a stable per-input choice of variant.
static uint32_t hash_input(const uint8_t *data, size_t size) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < size; i++) h = (h ^ data[i]) * 16777619u;
    return h;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > FUZZ_MAX_INPUT) size = FUZZ_MAX_INPUT;
    diag_capture(diagnostics, sizeof diagnostics);
    diag_reset();
    // Each compilation loads and checks its own copy of the Go-source stdlib
    // packages it imports, as the JIT's API does (jit/api.c): a cached one
    // would carry the previous module's codegen slots.
    pkg_reset();
    // The lexer reads up to a NUL; the copy lives in the arena because the
    // file table and tokens keep pointing into it.
    char *text = arena_strndup((const char *)data, size);
    File *file = parse_file(diag_add_file("fuzz.go", text, size));
    if (diag_error_count()) return 0;
    Program *prog = check_program(&file, 1);
    if (!prog || diag_error_count()) return 0;

    uint32_t h = hash_input(data, size);
    EscOptions esc = {.enabled = (h & 3) != 0, .verbosity = 0};
    esc_analyze(prog, &esc);
    CgOptions cg = {
        .opt_level = (h >> 2 & 7) == 0 ? 2 : 0,
        .triple = NULL,
        .emit = EMIT_LLVM,
        .out_path = "/dev/null",
    };
    char *err = NULL;
    if (!cg_emit_program(prog, &cg, &err)) {
        fprintf(stderr, "fuzz_compile: codegen failed: %s\n", err ? err : "(no message)");
        __builtin_trap();
    }
    return 0;
}

#ifndef FUZZ_REPLAY_MAIN
// ---------------------------------------------------------------- the mutator
// libFuzzer's byte-level mutations mostly break the lexer or the parser, so
// the checker, escape analysis and codegen see few new shapes.  Half of the
// mutations here work on lines and tokens instead, which keeps most programs
// parseable: duplicate, delete or swap lines, rename an identifier to another
// one of the file, or insert a line from SNIPPETS (statements that stress
// allocation sites and control flow).  The other half are libFuzzer's own.

size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max_size);
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned seed);

static const char *const SNIPPETS[] = {
    "x := 1\n", "p := &x\n", "q := new(int)\n", "s := []int{1, 2, 3}\n", "s = append(s, s...)\n",
    "m := map[string]int{}\n", "m[\"k\"]++\n", "f := func() int { return x }\n", "defer func() {}()\n",
    "for i := range 10 {\n", "}\n", "if x > 0 {\n", "} else {\n", "return\n", "return nil\n",
    "return &x\n", "var a [1 << 17]int\n", "b := make([]byte, x)\n", "str := string(b)\n",
    "var i interface{} = x\n", "y, ok := i.(int)\n", "switch v := i.(type) {\n", "case int:\n",
    "default:\n", "go f()\n", "panic(\"p\")\n", "println(x, s, m)\n", "type T struct{ p *T; n int }\n",
    "t := &T{n: 1}\n", "t.p = t\n", "func g(p *int) *int { return p }\n", "x, y := y, x\n",
    "goto L\n", "L:\n", "break\n", "continue\n", "fallthrough\n", "const c = 1 << 62\n",
    "var e error\n", "_ = e.Error()\n", "ch := make(chan int)\n", "select {}\n",
};

static uint64_t rng_next(uint64_t *r) {  // xorshift64
    *r ^= *r << 13, *r ^= *r >> 7, *r ^= *r << 17;
    return *r;
}

// Start offsets of the lines of data[0:size]; returns their count (<= max).
static size_t line_starts(const uint8_t *data, size_t size, size_t *starts, size_t max) {
    size_t n = 0;
    for (size_t i = 0; i < size && n < max; i++)
        if (i == 0 || data[i - 1] == '\n') starts[n++] = i;
    return n;
}

static size_t line_end(const uint8_t *data, size_t size, size_t start) {
    while (start < size && data[start] != '\n') start++;
    return start < size ? start + 1 : size;
}

// Inserts ins[0:n] at offset at; returns the new size (unchanged if it would not fit).
static size_t insert_bytes(uint8_t *data, size_t size, size_t max, size_t at, const uint8_t *ins, size_t n) {
    if (size + n > max) return size;
    memmove(data + at + n, data + at, size - at);
    memcpy(data + at, ins, n);
    return size + n;
}

static bool ident_char(uint8_t c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Replaces the identifier at a random position with another one of the file.
static size_t rename_ident(uint8_t *data, size_t size, size_t max, uint64_t *r) {
    size_t a = rng_next(r) % size, b = rng_next(r) % size;
    while (a < size && !ident_char(data[a])) a++;
    while (b < size && !ident_char(data[b])) b++;
    if (a >= size || b >= size) return size;
    while (a > 0 && ident_char(data[a - 1])) a--;
    while (b > 0 && ident_char(data[b - 1])) b--;
    size_t alen = 0, blen = 0;
    while (a + alen < size && ident_char(data[a + alen])) alen++;
    while (b + blen < size && ident_char(data[b + blen])) blen++;
    uint8_t name[64];
    if (blen > sizeof name || size - alen + blen > max) return size;
    memcpy(name, data + b, blen);
    memmove(data + a + blen, data + a + alen, size - a - alen);
    memcpy(data + a, name, blen);
    return size - alen + blen;
}

size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned seed) {
    uint64_t r = seed * 0x9E3779B97F4A7C15ULL | 1;
    enum { MAX_LINES = 4096 };
    static size_t starts[MAX_LINES];
    size_t n = size ? line_starts(data, size, starts, MAX_LINES) : 0;
    unsigned op = (unsigned)(rng_next(&r) % 12);
    if (n < 2 || op >= 6) return LLVMFuzzerMutate(data, size, max_size);
    size_t from = starts[rng_next(&r) % n], to = starts[rng_next(&r) % n];
    size_t from_end = line_end(data, size, from);
    uint8_t line[512];
    size_t len = from_end - from;
    switch (op) {
    case 0:  // duplicate a line elsewhere
        if (len > sizeof line) return size;
        memcpy(line, data + from, len);
        return insert_bytes(data, size, max_size, to, line, len);
    case 1:  // delete a line
        memmove(data + from, data + from_end, size - from_end);
        return size - len;
    case 2: {  // move a line elsewhere
        if (len > sizeof line) return size;
        memcpy(line, data + from, len);
        memmove(data + from, data + from_end, size - from_end);
        size -= len;
        if (to > from) to = to >= from + len ? to - len : from;
        return insert_bytes(data, size, max_size, to, line, len);
    }
    case 3:
    case 4:
        return rename_ident(data, size, max_size, &r);
    default: {  // insert a snippet
        const char *snip = SNIPPETS[rng_next(&r) % (sizeof SNIPPETS / sizeof *SNIPPETS)];
        return insert_bytes(data, size, max_size, to, (const uint8_t *)snip, strlen(snip));
    }
    }
}
#endif

#ifdef FUZZ_REPLAY_MAIN
// Replays files (or every file of directories) through the target; any crash
// ends the process as it would under the fuzzer.  Prints one line per input.
static int replay_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "fuzz_replay: cannot open %s\n", path);
        return 1;
    }
    uint8_t *buf = malloc(FUZZ_MAX_INPUT);
    size_t n = buf ? fread(buf, 1, FUZZ_MAX_INPUT, f) : 0;
    fclose(f);
    if (!buf) return 1;
    LLVMFuzzerTestOneInput(buf, n);
    free(buf);
    printf("ok %s\n", path);
    return 0;
}

static int replay_path(const char *path) {
    struct stat sb;
    if (stat(path, &sb) != 0 || !S_ISDIR(sb.st_mode)) return replay_file(path);
    struct dirent **names;
    int n = scandir(path, &names, NULL, alphasort), bad = 0;
    for (int i = 0; i < n; i++) {
        if (names[i]->d_name[0] != '.') {
            char *child = arena_sprintf("%s/%s", path, names[i]->d_name);
            bad |= replay_path(child);
        }
        free(names[i]);
    }
    if (n >= 0) free(names);
    return bad;
}

int main(int argc, char **argv) {
    int bad = 0;
    for (int i = 1; i < argc; i++) bad |= replay_path(argv[i]);
    return bad;
}
#endif
