// jit.h: what the files of the in-process JIT share, sectioned by file.
//
//     api.c      the C API (gosub_jit.h): open, call, close; the runtime's
//                start in this process and the root table of JIT'd modules
//     ffi.c      the call itself: the ffi_cif built at run time from the Go
//                signature, arguments flattened into scalar leaves
//     value.c    GosubValue <-> Go memory (encode arguments, decode results)
//     callexpr.c the -call literal syntax: "Name(1, \"x\", []int{2}, T{3, 4})"
//
// The driver (driver/jit.c) uses the two functions of api.c below; the
// cmocka tests use gosub_jit.h only.
#ifndef GOSUB_JIT_INTERNAL_H
#define GOSUB_JIT_INTERNAL_H

#include "codegen.h"
#include "frontend.h"
#include "gosub_jit.h"
#include "gosub_rt.h"

// ---------------------------------------------------------------- api.c
// Compiles a checked, escape-analysed program with opt (opt_level,
// escape_check; no triple).  With for_calls its functions
// get libffi-callable wrappers and gosub_entry runs the package
// initialisation only (codegen/jit.h); without, it is the whole program, for
// jit_run_main.  The runtime is not started.
GosubJit *jit_open_program(Program *prog, const CgOptions *opt, bool for_calls);
// Runs the program as its executable would (runtime/entry.c rt_run): never returns.
_Noreturn void jit_run_main(GosubJit *j, int argc, char **argv);
// Starts the runtime in this process once: collector, streams, the JIT root
// table, os.Args = argv.
void jit_runtime_start(int argc, char **argv);
// Ends the process as a Go program ends: flush, gcstats line, exit status.
_Noreturn void jit_exit(int code);
// Runs the package initialisation of a for_calls program (once).
void jit_init_package(GosubJit *j);
// The name of j's package ("main").
const char *jit_package_name(GosubJit *j);
// The callable top-level function called name, or NULL.
Func *jit_find_func(GosubJit *j, const char *name);
// Records the message gosub_jit_error returns; returns -1 for convenience.
int jit_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
// Keeps the collector from freeing what [addr, addr+size) points to, until
// unpinned (a conservatively scanned root).
void jit_pin(void *addr, int64_t size);
void jit_unpin(void *addr);

// ---------------------------------------------------------------- ffi.c
// Calls f's wrapper fn with the encoded arguments args[i] (Go layout of
// param i) and stores result i at results[i].  -1 on a cif error.
int jit_ffi_call(void *fn, Func *f, void **args, void **results);

// ---------------------------------------------------------------- value.c
// Encodes v as a value of type t at mem (t->size bytes, zeroed).  Strings
// and slice backing arrays go to the collector's heap; mem must be pinned.
// what names the value in messages ("argument 2"); -1 on a mismatch.
int jit_encode(Type *t, const GosubValue *v, void *mem, const char *what);
// Decodes the value of type t at mem into a C copy.
GosubValue jit_decode(Type *t, const void *mem);
// A collector descriptor for t (size, kind, pointer mask), for gc_alloc.
const GoType *jit_gotype(Type *t);

// ---------------------------------------------------------------- callexpr.c
// Parses "Name(args...)" against j's functions: sets *f and fills args
// (arena memory) with one value per parameter (a variadic tail packed into
// its slice).  -1 with the error set.
int jit_parse_call(GosubJit *j, const char *text, Func **f, GosubValue **args);

#endif
