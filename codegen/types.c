// types.c: Go types as LLVM types, and the GoType descriptors of gosub_rt.h.
//
// The mapping (named types lower as their underlying type):
//     bool i1 (one byte in memory)   int/uint/uintptr i64   intN/uintN iN
//     float32 float   float64 double   string {ptr, i64}   slice {ptr, i64, i64}
//     interface {ptr type, ptr data}   pointer, map, chan, func ptr
//     [N]T [N x T]   struct {...} a literal LLVM struct of the field types
// Invariant: the LLVM layout equals the frontend's (Type.size, field offsets);
// cg_type checks it for every struct and array against the target data.
//
// Every type the program boxes, asserts, allocates or prints gets one constant
// descriptor, created on first use and laid out positionally as struct GoType:
//     @"type:main.Point" = private constant %GoType { i64 16, i32 25, i32 8,
//         ptr @.name, ptr null, ptr null, ptr null, i64 2, ptr @.fields, i64 0, ptr null, i64 1 }
#include <stdlib.h>
#include <string.h>

#include "cg.h"
#include "gosub_rt.h"

void cg_types_init(Cg *cg) {
    LLVMContextRef c = cg->ctx;
    cg->t_void = LLVMVoidTypeInContext(c);
    cg->t_i1 = LLVMInt1TypeInContext(c);
    cg->t_i8 = LLVMInt8TypeInContext(c);
    cg->t_i32 = LLVMInt32TypeInContext(c);
    cg->t_i64 = LLVMInt64TypeInContext(c);
    cg->t_f32 = LLVMFloatTypeInContext(c);
    cg->t_f64 = LLVMDoubleTypeInContext(c);
    cg->t_ptr = LLVMPointerTypeInContext(c, 0);
    LLVMTypeRef s[] = {cg->t_ptr, cg->t_i64, cg->t_i64};
    cg->t_str = LLVMStructTypeInContext(c, s, 2, 0);
    cg->t_slice = LLVMStructTypeInContext(c, s, 3, 0);
    LLVMTypeRef i[] = {cg->t_ptr, cg->t_ptr};
    cg->t_iface = LLVMStructTypeInContext(c, i, 2, 0);
    LLVMTypeRef p = cg->t_ptr, w = cg->t_i64, h = cg->t_i32;
    LLVMTypeRef gt[] = {w, h, h, p, p, p, p, w, p, w, p, w};
    cg->t_gotype = LLVMStructCreateNamed(c, "GoType");
    LLVMStructSetBody(cg->t_gotype, gt, 12, 0);
    LLVMTypeRef gf[] = {p, p, w, w};
    cg->t_gofield = LLVMStructCreateNamed(c, "GoField");
    LLVMStructSetBody(cg->t_gofield, gf, 4, 0);
    LLVMTypeRef gr[] = {p, w, p};
    cg->t_root = LLVMStructCreateNamed(c, "GoRoot");
    LLVMStructSetBody(cg->t_root, gr, 3, 0);
}

int64_t cg_sizeof(Cg *cg, LLVMTypeRef t) { return (int64_t)LLVMABISizeOfType(cg->td, t); }

// Grows the per-type tables to cover type id.
static void ensure_tables(Cg *cg, int id) {
    if (id < cg->ntypes)
        return;
    int n = type_count() > id ? type_count() : id + 1;
    n += 16;
    cg->ltypes = realloc(cg->ltypes, sizeof(LLVMTypeRef) * (size_t)n);
    cg->descs = realloc(cg->descs, sizeof(LLVMValueRef) * (size_t)n);
    for (int i = cg->ntypes; i < n; i++)
        cg->ltypes[i] = NULL, cg->descs[i] = NULL;
    cg->ntypes = n;
}

// Go pads a struct ending in a zero-size field so that the field's address
// stays inside the object; the padding is an extra trailing [n x i8] member.
static LLVMTypeRef struct_type(Cg *cg, Type *u) {
    LLVMTypeRef *fs = malloc(sizeof(LLVMTypeRef) * (size_t)(u->nfields + 1));
    for (int i = 0; i < u->nfields; i++)
        fs[i] = cg_type(cg, u->fields[i].type);
    LLVMTypeRef t = LLVMStructTypeInContext(cg->ctx, fs, (unsigned)u->nfields, 0);
    int64_t pad = u->size - cg_sizeof(cg, t);
    if (pad > 0) {
        fs[u->nfields] = LLVMArrayType2(cg->t_i8, (uint64_t)pad);
        t = LLVMStructTypeInContext(cg->ctx, fs, (unsigned)u->nfields + 1, 0);
    }
    free(fs);
    for (int i = 0; i < u->nfields; i++)
        if ((int64_t)LLVMOffsetOfElement(cg->td, t, (unsigned)i) != u->fields[i].offset)
            cg_fail(cg, (Pos){-1, 0, 0}, "layout of %s: field %s at %lld, frontend says %lld",
                    type_str(u), u->fields[i].name,
                    (long long)LLVMOffsetOfElement(cg->td, t, (unsigned)i),
                    (long long)u->fields[i].offset);
    return t;
}

static LLVMTypeRef tuple_type(Cg *cg, Type *u) {
    LLVMTypeRef fs[16];
    if (u->nresults > 16)
        cg_fail(cg, (Pos){-1, 0, 0}, "more than 16 results not supported");
    for (int i = 0; i < u->nresults; i++)
        fs[i] = cg_type(cg, u->results[i]);
    return LLVMStructTypeInContext(cg->ctx, fs, (unsigned)u->nresults, 0);
}

static LLVMTypeRef lower_type(Cg *cg, Type *u) {
    switch (u->kind) {
    case TYPE_BOOL: return cg->t_i1;
    case TYPE_INT8: case TYPE_UINT8: return cg->t_i8;
    case TYPE_INT16: case TYPE_UINT16: return LLVMInt16TypeInContext(cg->ctx);
    case TYPE_INT32: case TYPE_UINT32: return cg->t_i32;
    case TYPE_INT: case TYPE_INT64: case TYPE_UINT: case TYPE_UINT64: case TYPE_UINTPTR:
        return cg->t_i64;
    case TYPE_FLOAT32: return cg->t_f32;
    case TYPE_FLOAT64: return cg->t_f64;
    case TYPE_COMPLEX64: case TYPE_COMPLEX128: return cg_complex_type(cg, u);
    case TYPE_STRING: return cg->t_str;
    case TYPE_SLICE: return cg->t_slice;
    case TYPE_INTERFACE: return cg->t_iface;
    case TYPE_POINTER: case TYPE_MAP: case TYPE_CHAN: case TYPE_FUNC: case TYPE_UNSAFE_POINTER:
        return cg->t_ptr;
    case TYPE_ARRAY: return LLVMArrayType2(cg_type(cg, u->elem), (uint64_t)u->len);
    case TYPE_STRUCT: return struct_type(cg, u);
    case TYPE_TUPLE: return tuple_type(cg, u);
    case TYPE_UNTYPED_BOOL: case TYPE_UNTYPED_INT: case TYPE_UNTYPED_RUNE:
    case TYPE_UNTYPED_FLOAT: case TYPE_UNTYPED_COMPLEX: case TYPE_UNTYPED_STRING:
        // Invariant 1 says this never happens; the default type is the safe reading.
        return cg_type(cg, type_default(u));
    default:
        cg_fail(cg, (Pos){-1, 0, 0}, "type %s has no machine representation", type_str(u));
    }
}

// The LLVM type of a Go value of type t.
LLVMTypeRef cg_type(Cg *cg, Type *t) {
    if (!t)
        return cg->t_void;
    ensure_tables(cg, t->id);
    if (cg->ltypes[t->id])
        return cg->ltypes[t->id];
    Type *u = type_under(t);
    LLVMTypeRef lt = lower_type(cg, u);
    if (u->kind != TYPE_TUPLE && u->kind != TYPE_FUNC && !type_is_untyped(u) &&
        cg_sizeof(cg, lt) != u->size)
        cg_fail(cg, (Pos){-1, 0, 0}, "layout of %s: %lld bytes, frontend says %lld", type_str(t),
                (long long)cg_sizeof(cg, lt), (long long)u->size);
    cg->ltypes[t->id] = lt;
    return lt;
}

bool cg_pointer_shaped(Type *t) {
    switch (type_under(t)->kind) {
    case TYPE_POINTER: case TYPE_MAP: case TYPE_CHAN: case TYPE_FUNC: case TYPE_UNSAFE_POINTER:
        return true;
    default:
        return false;
    }
}

// A private constant byte array; returns a pointer to its first byte.
LLVMValueRef cg_cstring(Cg *cg, const char *s, int64_t n, const char *name) {
    LLVMValueRef init = LLVMConstStringInContext(cg->ctx, s, (unsigned)n, 1);
    LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), name);
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
    LLVMSetAlignment(g, 1);
    return g;
}

// A NUL-terminated C string constant.
static LLVMValueRef c_str(Cg *cg, const char *s) {
    LLVMValueRef init = LLVMConstStringInContext(cg->ctx, s, (unsigned)strlen(s), 0);
    LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), ".str");
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
    return g;
}

LLVMValueRef cg_ptrmask(Cg *cg, Type *t) {
    if (!type_has_pointers(t) || t->size <= 0)
        return LLVMConstNull(cg->t_ptr);
    int64_t words = (t->size + 7) / 8;
    size_t nbytes = (size_t)((words + 7) / 8);
    uint8_t *mask = calloc(nbytes + 1, 1);
    type_ptrmask(t, mask);
    LLVMValueRef g = cg_cstring(cg, (const char *)mask, (int64_t)nbytes, ".ptrmask");
    free(mask);
    return g;
}

static int go_kind(Type *u) {
    switch (u->kind) {
    case TYPE_BOOL: return GOKIND_BOOL;
    case TYPE_INT: return GOKIND_INT;
    case TYPE_INT8: return GOKIND_INT8;
    case TYPE_INT16: return GOKIND_INT16;
    case TYPE_INT32: return GOKIND_INT32;
    case TYPE_INT64: return GOKIND_INT64;
    case TYPE_UINT: return GOKIND_UINT;
    case TYPE_UINT8: return GOKIND_UINT8;
    case TYPE_UINT16: return GOKIND_UINT16;
    case TYPE_UINT32: return GOKIND_UINT32;
    case TYPE_UINT64: return GOKIND_UINT64;
    case TYPE_UINTPTR: return GOKIND_UINTPTR;
    case TYPE_FLOAT32: return GOKIND_FLOAT32;
    case TYPE_FLOAT64: return GOKIND_FLOAT64;
    case TYPE_COMPLEX64: return GOKIND_COMPLEX64;
    case TYPE_COMPLEX128: return GOKIND_COMPLEX128;
    case TYPE_STRING: return GOKIND_STRING;
    case TYPE_UNSAFE_POINTER: return GOKIND_UNSAFE_POINTER;
    case TYPE_POINTER: return GOKIND_POINTER;
    case TYPE_ARRAY: return GOKIND_ARRAY;
    case TYPE_SLICE: return GOKIND_SLICE;
    case TYPE_STRUCT: return GOKIND_STRUCT;
    case TYPE_FUNC: return GOKIND_FUNC;
    case TYPE_INTERFACE: return GOKIND_INTERFACE;
    case TYPE_MAP: return GOKIND_MAP;
    case TYPE_CHAN: return GOKIND_CHAN;
    default: return GOKIND_INVALID;
    }
}

static LLVMValueRef fields_table(Cg *cg, Type *u) {
    if (u->kind != TYPE_STRUCT || u->nfields == 0)
        return LLVMConstNull(cg->t_ptr);
    LLVMValueRef *fs = malloc(sizeof(LLVMValueRef) * (size_t)u->nfields);
    for (int i = 0; i < u->nfields; i++) {
        TypeField *f = &u->fields[i];
        LLVMValueRef v[] = {c_str(cg, f->name ? f->name : "_"), cg_typedesc(cg, f->type),
                            cg_i64(cg, f->offset), cg_i64(cg, f->embedded)};
        fs[i] = LLVMConstNamedStruct(cg->t_gofield, v, 4);
    }
    LLVMValueRef arr = LLVMConstArray2(cg->t_gofield, fs, (uint64_t)u->nfields);
    free(fs);
    LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(arr), ".fields");
    LLVMSetInitializer(g, arr);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    return g;
}

// The descriptor of a synthesized type (closure environments): no name in
// Go's sense, only size, kind and pointer mask.
LLVMValueRef cg_build_desc(Cg *cg, const char *name, int64_t size, int kind, LLVMValueRef mask) {
    LLVMValueRef null = LLVMConstNull(cg->t_ptr);
    LLVMValueRef v[] = {cg_i64(cg, size), LLVMConstInt(cg->t_i32, (unsigned)kind, 0),
                        LLVMConstInt(cg->t_i32, 8, 0), c_str(cg, name), mask, null, null,
                        cg_i64(cg, 0), null, cg_i64(cg, 0), null, cg_i64(cg, 0)};
    LLVMValueRef g = LLVMAddGlobal(cg->mod, cg->t_gotype, arena_sprintf("type:%s", name));
    LLVMSetInitializer(g, LLVMConstNamedStruct(cg->t_gotype, v, 12));
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    return g;
}

// The descriptor of t: created on first use.  The global is registered
// before its initializer is built, so recursive types terminate.
LLVMValueRef cg_typedesc(Cg *cg, Type *t) {
    ensure_tables(cg, t->id);
    if (cg->descs[t->id])
        return cg->descs[t->id];
    const char *name = type_str(t);
    LLVMValueRef g = LLVMAddGlobal(cg->mod, cg->t_gotype, arena_sprintf("type:%s", name));
    cg->descs[t->id] = g;
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    Type *u = type_under(t);
    LLVMValueRef null = LLVMConstNull(cg->t_ptr);
    LLVMValueRef nmethods, methods;
    cg_method_table(cg, t, &nmethods, &methods);  // method.c
    bool has_elem = u->kind == TYPE_POINTER || u->kind == TYPE_SLICE || u->kind == TYPE_ARRAY ||
                    u->kind == TYPE_MAP || u->kind == TYPE_CHAN;
    int64_t len = u->kind == TYPE_ARRAY ? u->len : u->kind == TYPE_STRUCT ? u->nfields : 0;
    LLVMValueRef v[] = {
        cg_i64(cg, u->size),
        LLVMConstInt(cg->t_i32, (unsigned)go_kind(u), 0),
        LLVMConstInt(cg->t_i32, (unsigned long long)(u->align > 0 ? u->align : 1), 0),
        c_str(cg, name),
        cg_ptrmask(cg, t),
        has_elem && u->elem ? cg_typedesc(cg, u->elem) : null,
        u->kind == TYPE_MAP && u->key ? cg_typedesc(cg, u->key) : null,
        cg_i64(cg, len),
        fields_table(cg, u),
        nmethods,
        methods,
        cg_i64(cg, t->kind == TYPE_NAMED),
    };
    LLVMSetInitializer(g, LLVMConstNamedStruct(cg->t_gotype, v, 12));
    return g;
}

LLVMValueRef cg_elemdesc(Cg *cg, Type *t) {
    if (!t || !type_has_pointers(t))
        return LLVMConstNull(cg->t_ptr);
    return cg_typedesc(cg, t);
}
