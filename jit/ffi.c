// ffi.c: calling a JIT'd function through libffi, its cif built at run time
// from the function's Go signature.
//
// The callee is the function's C-ABI wrapper (codegen/jit.h): one pointer
// per result, then every parameter flattened depth-first into its scalar
// leaves.  The cif mirrors that exactly, leaf by leaf, from the Go types:
//
//     func F(p Point, s []string, ok bool) (string, error)   type Point struct{ X int; Y float64 }
//     wrapper(ptr r0, ptr r1,  i64 p.X, double p.Y,  ptr s.ptr, i64 s.len, i64 s.cap,  i8 ok)
//     cif:    pointer, pointer, sint64, double, pointer, sint64, sint64, uint8   -> void
//
// Why not hand libffi the structs as FFI_TYPE_STRUCT aggregates: the C ABI
// passes a struct larger than 16 bytes (a slice, a 3-field struct) in memory
// on x86-64, while LLVM splits a first-class aggregate argument into its
// scalars, registers first.  Flattening makes both sides agree on any
// target, since every argument of the wrapper is a plain C scalar.  The
// results travel through memory, in Go's layout, which C and Go share for
// every type gosub has (LP64, natural alignment).
//
// Each leaf's value pointer points straight into the encoded argument buffer
// (the Go-layout bytes of that parameter), so no copying happens here.
#include <ffi.h>
#include <stdlib.h>

#include "jit.h"
#include "../codegen/jit.h"

// Enough for CG_JIT_MAX_LEAVES argument leaves and the result pointers.
enum { MAX_ARGS = CG_JIT_MAX_LEAVES + 64 };

typedef struct Leaves {
    ffi_type *types[MAX_ARGS];
    void *values[MAX_ARGS];
    int n;
} Leaves;

static void leaf(Leaves *l, ffi_type *t, void *p) {
    if (l->n < MAX_ARGS) {
        l->types[l->n] = t;
        l->values[l->n] = p;
    }
    l->n++;
}

static ffi_type *scalar_type(Type *u) {
    switch (u->kind) {
    case TYPE_BOOL: case TYPE_UINT8: return &ffi_type_uint8;
    case TYPE_INT8: return &ffi_type_sint8;
    case TYPE_INT16: return &ffi_type_sint16;
    case TYPE_UINT16: return &ffi_type_uint16;
    case TYPE_INT32: return &ffi_type_sint32;
    case TYPE_UINT32: return &ffi_type_uint32;
    case TYPE_INT: case TYPE_INT64: return &ffi_type_sint64;
    case TYPE_UINT: case TYPE_UINT64: case TYPE_UINTPTR: return &ffi_type_uint64;
    case TYPE_FLOAT32: return &ffi_type_float;
    case TYPE_FLOAT64: return &ffi_type_double;
    default: return &ffi_type_pointer;  // pointer, map, chan, func, unsafe.Pointer
    }
}

// Appends the leaves of a value of type t stored at mem.
static void flatten(Leaves *l, Type *t, char *mem) {
    Type *u = type_under(t);
    switch (u->kind) {
    case TYPE_STRING:
        leaf(l, &ffi_type_pointer, mem);
        leaf(l, &ffi_type_sint64, mem + 8);
        return;
    case TYPE_SLICE:
        leaf(l, &ffi_type_pointer, mem);
        leaf(l, &ffi_type_sint64, mem + 8);
        leaf(l, &ffi_type_sint64, mem + 16);
        return;
    case TYPE_INTERFACE:
        leaf(l, &ffi_type_pointer, mem);
        leaf(l, &ffi_type_pointer, mem + 8);
        return;
    case TYPE_ARRAY:
        for (int64_t i = 0; i < u->len; i++)
            flatten(l, u->elem, mem + i * u->elem->size);
        return;
    case TYPE_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            flatten(l, u->fields[i].type, mem + u->fields[i].offset);
        return;
    default:
        leaf(l, scalar_type(u), mem);
    }
}

int jit_ffi_call(void *fn, Func *f, void **args, void **results) {
    Type *sig = type_under(f->sig);
    Leaves *l = calloc(1, sizeof *l);
    for (int i = 0; i < sig->nresults; i++)
        leaf(l, &ffi_type_pointer, &results[i]);
    for (int i = 0; i < sig->nparams; i++)
        flatten(l, sig->params[i], args[i]);
    int status = 0;
    ffi_cif cif;
    if (l->n > MAX_ARGS)
        status = jit_fail("%s: too many argument words for a call (%d)", f->obj->name, l->n);
    else if (ffi_prep_cif(&cif, FFI_DEFAULT_ABI, (unsigned)l->n, &ffi_type_void, l->types) != FFI_OK)
        status = jit_fail("%s: libffi cannot describe the call", f->obj->name);
    else
        ffi_call(&cif, FFI_FN(fn), NULL, l->values);
    free(l);
    return status;
}
