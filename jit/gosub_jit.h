// gosub_jit.h: compile Go source into the calling process and call its
// functions -- the C API of gosub's in-process JIT.
//
//     GosubJit *j = gosub_jit_open("package calc\nfunc Add(a, b int) int { return a + b }\n");
//     GosubValue args[] = {gosub_int(2), gosub_int(40)}, r;
//     if (gosub_jit_call(j, "Add", args, 2, &r, 1) == 1) printf("%lld\n", (long long)r.i);  // 42
//     gosub_jit_close(j);
//
// The source is one package (any name; a package main needs its func main).
// Opening compiles it with LLVM's ORC LLJIT into this process, starts the
// runtime (collector, output streams) on first use and runs the package's
// variable initialisers and init functions; main.main is not run.  Every
// top-level function that is not a method can then be called by its name.
//
// Values.  Arguments are checked against the function's Go signature: BOOL
// for bool; INT or UINT for any integer type (range-checked) and for floats;
// FLOAT for float32/float64 (and integer types when integral); STRING for
// string; SLICE for []T; ARRAY (or SLICE of the right length) for [N]T;
// STRUCT for a struct, its fields in order; POINTER for pointers, maps,
// chans and funcs (a p from an earlier result, or NULL for nil).  Results
// come back as deep copies in C memory (strings NUL-terminated), with kind
// following the Go type (signed integers INT, unsigned UINT, ...) and type
// naming it as %T would; a complex result is an ARRAY of two FLOATs, its
// real and imaginary parts (complex arguments are not supported); an
// interface result is a POINTER to its data word, with type naming its
// dynamic type ("<nil>" for nil).  Free each result with
// gosub_value_free.
//
// Argument strings and slices are copied into the collector's heap, so the
// called function may keep them.  A Go panic or os.Exit in a called function
// ends the process, as it would end a Go program.  Not thread-safe.
#ifndef GOSUB_JIT_API_H
#define GOSUB_JIT_API_H

#include <stdbool.h>
#include <stdint.h>

typedef enum GosubKind {
    GOSUB_INVALID,
    GOSUB_BOOL,
    GOSUB_INT,
    GOSUB_UINT,
    GOSUB_FLOAT,
    GOSUB_STRING,
    GOSUB_SLICE,
    GOSUB_ARRAY,
    GOSUB_STRUCT,
    GOSUB_POINTER,
} GosubKind;

typedef struct GosubValue {
    GosubKind kind;
    bool b;                     // BOOL
    int64_t i;                  // INT
    uint64_t u;                 // UINT
    double f;                   // FLOAT
    const char *s;              // STRING: the bytes (results: NUL-terminated)
    int64_t len;                // STRING: the byte count
    struct GosubValue *elems;   // SLICE, ARRAY, STRUCT: elements or fields in order
    int64_t n;                  // SLICE, ARRAY, STRUCT: how many
    void *p;                    // POINTER (and map, chan, func, interface data words)
    const char *type;           // results only: the Go type, as %T prints it
} GosubValue;

static inline GosubValue gosub_bool(bool b) { return (GosubValue){.kind = GOSUB_BOOL, .b = b}; }
static inline GosubValue gosub_int(int64_t i) { return (GosubValue){.kind = GOSUB_INT, .i = i}; }
static inline GosubValue gosub_uint(uint64_t u) { return (GosubValue){.kind = GOSUB_UINT, .u = u}; }
static inline GosubValue gosub_float(double f) { return (GosubValue){.kind = GOSUB_FLOAT, .f = f}; }
static inline GosubValue gosub_pointer(void *p) { return (GosubValue){.kind = GOSUB_POINTER, .p = p}; }
// A string of len bytes (may hold NULs); gosub_string takes a C string.
static inline GosubValue gosub_bytes(const char *s, int64_t len) {
    return (GosubValue){.kind = GOSUB_STRING, .s = s, .len = len};
}
GosubValue gosub_string(const char *s);
static inline GosubValue gosub_slice(GosubValue *elems, int64_t n) {
    return (GosubValue){.kind = GOSUB_SLICE, .elems = elems, .n = n};
}
static inline GosubValue gosub_array(GosubValue *elems, int64_t n) {
    return (GosubValue){.kind = GOSUB_ARRAY, .elems = elems, .n = n};
}
static inline GosubValue gosub_struct(GosubValue *fields, int64_t n) {
    return (GosubValue){.kind = GOSUB_STRUCT, .elems = fields, .n = n};
}

typedef struct GosubJit GosubJit;

// Compiles source (named "jit.go" in messages) at -O2.  NULL on failure:
// gosub_jit_error() then holds the diagnostics.
GosubJit *gosub_jit_open(const char *source);
// Compiles the files of one package at opt_level 0..3, escape analysis on.
GosubJit *gosub_jit_open_files(const char *const *paths, int npaths, int opt_level);
// Calls the top-level function name with args; stores up to cap results.
// Returns the function's result count, or -1 with gosub_jit_error() set (no
// such function, wrong argument count or kinds, too small a result array).
int gosub_jit_call(GosubJit *j, const char *name, const GosubValue *args, int nargs,
                   GosubValue *results, int cap);
// `gosub run -jit -call`: parses call ("Sum([]int{1, 2}, 3)"), makes the call
// and prints the results on stdout as fmt.Println would.  0, or -1 with
// gosub_jit_error() set.
int gosub_jit_call_print(GosubJit *j, const char *call);
// The number of results of name, or -1 when there is no callable function name.
int gosub_jit_result_count(GosubJit *j, const char *name);
// The message of the last failure ("" when none).
const char *gosub_jit_error(void);
// Frees what a result owns (strings, elements); v itself is the caller's.
void gosub_value_free(GosubValue *v);
void gosub_jit_close(GosubJit *j);

#endif
