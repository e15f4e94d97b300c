// jit.h: compiling a program into the gosub process with LLVM's ORC LLJIT.
//
// codegen/jit.c is the only file that knows ORC; the rest of the JIT (the
// libffi calls, the C API, `gosub run -jit`) lives in jit/ and sees only this
// header, which includes no LLVM.  cg_jit_compile lowers the program exactly
// as cg_emit_program does (same lowering, same verifier, same pass pipeline),
// and then, instead of writing an object file, hands the module to an LLJIT
// whose symbol lookups fall back to the gosub process itself: the runtime
// (gc_alloc, rt_*) is linked into gosub and exported (-rdynamic), and libc
// provides memcpy, fmod and the rest.
//
// The calling convention of the wrappers (the contract with jit/ffi.c).
// A Go function's LLVM signature passes strings, slices, interfaces, arrays
// and structs as first-class aggregates, which LLVM splits into one scalar
// argument per element, and returns several results as a literal struct that
// on x86-64 comes back in up to four registers -- neither is the C ABI that
// libffi speaks.  So for every top-level function F (not methods, not
// closures) cg_jit_compile(for_calls) adds a C-ABI wrapper
//
//     void @"gosub.ffi.main.F"(ptr %r0, ..., ptr %rN-1, <leaves of param 0>, <leaves of param 1>, ...)
//
// that takes only scalars: one pointer per result, where the wrapper stores
// that result in Go's memory layout, then every parameter flattened
// depth-first into its scalar leaves (a string is ptr, i64; a slice ptr, i64,
// i64; an interface ptr, ptr; a struct its fields in order; an array its
// elements; bool travels as an i8 holding 0 or 1).  The wrapper rebuilds the
// aggregates with insertvalue and calls F.  Since every argument is a C
// scalar, libffi's cif for it is exact on both x86-64 and AArch64.
//
// Beside each wrapper, @"gosub.ffi.types.main.F" is a constant array of the
// GoType descriptors (gosub_rt.h) of F's results, the very ones the program's
// own fmt calls use, so results print exactly as fmt.Println prints them.
#ifndef GOSUB_CG_JIT_H
#define GOSUB_CG_JIT_H

#include "codegen.h"

typedef struct CgJit CgJit;

// Aggregates with more scalar leaves than this get no wrapper: rebuilding a
// [100000]int from 100000 arguments would only exhaust the code generator,
// and no command line spells such a literal.
enum { CG_JIT_MAX_LEAVES = 256 };

// Compiles prog (checked, escape-analysed) into a new JIT.  With for_calls
// set (the C API and -call), the module gets the wrappers below and its
// gosub_entry runs the package initialisation only (main.main, if any, stays
// callable by name); without it, the module is exactly the program `gosub
// build` would link.  Returns NULL and sets *err on failure.  opt->emit and
// opt->out_path are ignored; opt->triple must be NULL.
CgJit *cg_jit_compile(Program *prog, const CgOptions *opt, bool for_calls, char **err);
// The address of a symbol of the JIT'd module ("gosub_entry", "gosub_roots",
// a wrapper name), or NULL.
void *cg_jit_lookup(CgJit *j, const char *name);
void cg_jit_dispose(CgJit *j);

// Does f get a wrapper: a top-level function with a body, not a method nor
// init, with at most 64 parameters (cg_func_type's limit) having at most
// CG_JIT_MAX_LEAVES scalar leaves in all.
bool cg_jit_wrapped(Func *f);
// The number of scalar leaves of a value of type t (see above).
int cg_jit_leaves(Type *t);
// "gosub.ffi.main.F" and "gosub.ffi.types.main.F".
const char *cg_jit_wrapper_name(Func *f);
const char *cg_jit_types_name(Func *f);

#endif
