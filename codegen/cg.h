// cg.h: codegen's internal header, sectioned by source file.
//
// Only codegen/ includes LLVM.  One Cg context lives for one cg_emit_program
// call; every lowering function takes it first.  Internal errors (typed IR
// that codegen does not support, or that breaks an invariant) go through
// cg_fail, which longjmps back to cg_emit_program so that it can return false
// with the message instead of crashing.
#ifndef GOSUB_CG_H
#define GOSUB_CG_H

#include <setjmp.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "codegen.h"

// A variable's storage in the function being generated.  slot is an entry
// block alloca (or a global) holding the value; for a variable with an
// allocation site (boxed) the slot holds the pointer to its memory instead.
typedef struct CgVar {
    Func *owner;          // the function the slot belongs to (NULL: global)
    LLVMValueRef slot;
    bool boxed;
} CgVar;

// A break/continue target.
typedef struct CgJump {
    Stmt *stmt;
    LLVMBasicBlockRef brk, cont;
} CgJump;

// The state of one cg_emit_program call (and of the JIT's lowering).
typedef struct Cg {
    Program *prog;
    const CgOptions *opt;
    LLVMContextRef ctx;
    LLVMModuleRef mod;
    LLVMBuilderRef b;
    LLVMTargetMachineRef tm;
    LLVMTargetDataRef td;
    jmp_buf fail;
    char *err;

    // common types
    LLVMTypeRef t_void, t_i1, t_i8, t_i32, t_i64, t_f32, t_f64, t_ptr;
    LLVMTypeRef t_str, t_slice, t_iface, t_gotype, t_gofield, t_root;

    // per-type tables, indexed by Type.id (grown on demand)
    LLVMTypeRef *ltypes;
    LLVMValueRef *descs;
    int ntypes;

    // the function being generated
    Func *fn;             // NULL while generating gosub_entry
    Func entry_fn;        // a stand-in owner for gosub_entry's temporaries
    LLVMValueRef llfn;
    LLVMBasicBlockRef entry_bb;
    LLVMValueRef closure;  // the closure parameter of a func literal
    CgJump jumps[64];
    int njumps;
    LLVMBasicBlockRef *fallthrough_to;  // the next clause body while lowering a switch clause
    // goto targets of the function being generated
    const char *label_names[64];
    LLVMBasicBlockRef label_bbs[64];
    int nlabels;
    // the function's defer frame (defer.c), NULL when it has no defer statement
    struct CgDefer *defer;
    // calls evaluated ahead of their statement (expr.c, cg_hoist)
    Expr **hoisted;
    LLVMValueRef *hoisted_vals;
    int nhoisted, hoisted_cap;
} Cg;

_Noreturn void cg_fail(Cg *cg, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

// ---------------------------------------------------------------- types.c
// Go type -> LLVM type, and the GoType descriptors of gosub_rt.h.
void cg_types_init(Cg *cg);
LLVMTypeRef cg_type(Cg *cg, Type *t);
LLVMValueRef cg_typedesc(Cg *cg, Type *t);    // ptr to the constant "type:..." global
LLVMValueRef cg_elemdesc(Cg *cg, Type *t);    // the descriptor, or null when t has no pointers
LLVMValueRef cg_ptrmask(Cg *cg, Type *t);     // ptr to the mask bytes, or null
int64_t cg_sizeof(Cg *cg, LLVMTypeRef t);
LLVMValueRef cg_cstring(Cg *cg, const char *s, int64_t n, const char *name);  // ptr to bytes
bool cg_pointer_shaped(Type *t);
LLVMValueRef cg_build_desc(Cg *cg, const char *name, int64_t size, int kind, LLVMValueRef mask);

// ---------------------------------------------------------------- alloc.c
// The one place Site.decision is read.  count is the dynamic element count, or
// NULL when the site's count is constant.
LLVMValueRef cg_alloc_site(Cg *cg, Site *site, LLVMValueRef count);
// A closure environment: the site's kind is SITE_CLOSURE, the layout synthesized.
LLVMValueRef cg_alloc_env(Cg *cg, Site *site, LLVMTypeRef env, LLVMValueRef desc);
LLVMValueRef cg_entry_alloca(Cg *cg, LLVMTypeRef t, const char *name);

// ---------------------------------------------------------------- rtcall.c
// Declarations of runtime functions and intrinsics, by plain name.
LLVMValueRef cg_rt_call(Cg *cg, const char *name, LLVMValueRef *args, int nargs, const char *vname);
LLVMValueRef cg_intrinsic(Cg *cg, const char *name, LLVMTypeRef ret, LLVMTypeRef *params, int n,
                          LLVMValueRef *args, const char *vname);
// Branches to a panic block calling fn(args) when cond holds; continues after.
void cg_panic_if(Cg *cg, LLVMValueRef cond, const char *fn, LLVMValueRef *args, int nargs);
void cg_nil_check(Cg *cg, LLVMValueRef p);
void cg_memzero(Cg *cg, LLVMValueRef p, LLVMValueRef size);

// ---------------------------------------------------------------- expr.c
LLVMValueRef cg_expr(Cg *cg, Expr *e);
LLVMValueRef cg_addr(Cg *cg, Expr *e);        // address of an addressable expression
bool cg_has_addr(Expr *e);
LLVMValueRef cg_const(Cg *cg, ConstVal *v, Type *t);
LLVMValueRef cg_zero(Cg *cg, Type *t);
LLVMValueRef cg_i64(Cg *cg, int64_t v);
LLVMValueRef cg_string_const(Cg *cg, const char *s, int64_t n);
LLVMValueRef cg_make_pair(Cg *cg, LLVMTypeRef t, LLVMValueRef a, LLVMValueRef b);
LLVMValueRef cg_make_slice(Cg *cg, LLVMValueRef ptr, LLVMValueRef len, LLVMValueRef cap);
LLVMValueRef cg_spill(Cg *cg, LLVMValueRef v, const char *name);
LLVMValueRef cg_call(Cg *cg, Expr *e);
Expr *cg_unparen(Expr *e);
void cg_hoist(Cg *cg, Expr *e, bool fresh);
void cg_hoist_list(Cg *cg, Vec *es, bool fresh);
// Makes cg_expr(e) of the EXPR_CALL node e return v (defer.c's thunks).
void cg_hoist_value(Cg *cg, Expr *e, LLVMValueRef v);
LLVMBasicBlockRef cg_block(Cg *cg, const char *name);
void cg_set_block(Cg *cg, LLVMBasicBlockRef bb);
bool cg_terminated(Cg *cg);

// ---------------------------------------------------------------- ops.c
LLVMValueRef cg_unary(Cg *cg, Expr *e);
LLVMValueRef cg_binary(Cg *cg, Expr *e);
LLVMValueRef cg_arith(Cg *cg, int op, Type *t, LLVMValueRef x, LLVMValueRef y, Expr *e);
LLVMValueRef cg_shift(Cg *cg, int op, Type *t, LLVMValueRef x, Type *ct, LLVMValueRef c);
LLVMValueRef cg_equal(Cg *cg, Type *t, LLVMValueRef a, LLVMValueRef b);

// ---------------------------------------------------------------- complex.c
LLVMTypeRef cg_complex_type(Cg *cg, Type *u);
LLVMValueRef cg_complex_const(Cg *cg, ConstVal *v, Type *t);
LLVMValueRef cg_complex_make(Cg *cg, Type *t, LLVMValueRef r, LLVMValueRef i);
LLVMValueRef cg_complex_part(Cg *cg, LLVMValueRef z, bool imag);
LLVMValueRef cg_complex_neg(Cg *cg, Type *t, LLVMValueRef z);
LLVMValueRef cg_complex_arith(Cg *cg, int op, Type *t, LLVMValueRef x, LLVMValueRef y);
LLVMValueRef cg_complex_equal(Cg *cg, LLVMValueRef x, LLVMValueRef y);
LLVMValueRef cg_complex_convert(Cg *cg, LLVMValueRef z, Type *to);
void cg_complex_print(Cg *cg, Type *t, LLVMValueRef z);
LLVMValueRef cg_complex_builtin(Cg *cg, Expr *e);

// ---------------------------------------------------------------- convert.c
LLVMValueRef cg_convert(Cg *cg, Expr *e);
LLVMValueRef cg_box(Cg *cg, Type *from, LLVMValueRef v, Site *site);
LLVMValueRef cg_type_assert(Cg *cg, Expr *e);
LLVMValueRef cg_assign_conv(Cg *cg, LLVMValueRef v, Type *from, Type *to);
LLVMValueRef cg_num_convert(Cg *cg, LLVMValueRef v, Type *from, Type *to);

// ---------------------------------------------------------------- strings.c
LLVMValueRef cg_str_concat(Cg *cg, LLVMValueRef a, LLVMValueRef b, Site *site);
LLVMValueRef cg_str_equal(Cg *cg, LLVMValueRef a, LLVMValueRef b);
LLVMValueRef cg_str_compare(Cg *cg, int op, LLVMValueRef a, LLVMValueRef b);
LLVMValueRef cg_str_to_bytes(Cg *cg, LLVMValueRef s, Site *site);
LLVMValueRef cg_bytes_to_str(Cg *cg, LLVMValueRef sl, Site *site);
LLVMValueRef cg_rune_to_str(Cg *cg, LLVMValueRef r, Site *site);
LLVMValueRef cg_str_to_runes(Cg *cg, LLVMValueRef s, Site *site);
LLVMValueRef cg_runes_to_str(Cg *cg, LLVMValueRef sl, Site *site);
LLVMValueRef cg_slice_expr(Cg *cg, Expr *e);
LLVMValueRef cg_index(Cg *cg, Expr *e);
LLVMValueRef cg_index_addr(Cg *cg, Expr *e);
void cg_bounds_check(Cg *cg, LLVMValueRef i, LLVMValueRef len);

// ---------------------------------------------------------------- stmt.c
void cg_block_stmts(Cg *cg, Block *b);
void cg_stmt(Cg *cg, Stmt *s);
void cg_stmt_list(Cg *cg, Vec *stmts);

// ---------------------------------------------------------------- var.c
CgVar *cg_var(Cg *cg, Obj *obj);
LLVMValueRef cg_var_addr(Cg *cg, Obj *obj);
void cg_declare(Cg *cg, Obj *obj, LLVMValueRef value);   // value NULL: zero
void cg_store(Cg *cg, LLVMValueRef addr, LLVMValueRef v);
LLVMValueRef cg_load(Cg *cg, Type *t, LLVMValueRef addr, const char *name);

// ---------------------------------------------------------------- func.c
LLVMTypeRef cg_func_type(Cg *cg, Type *sig, bool closure);
LLVMTypeRef cg_result_type(Cg *cg, Type *sig);
LLVMValueRef cg_func_decl(Cg *cg, Func *f);
LLVMValueRef cg_func_value(Cg *cg, Obj *fobj);
LLVMValueRef cg_func_lit(Cg *cg, Expr *e);
void cg_program(Cg *cg);

// ---------------------------------------------------------------- map.c
// The target of an assignment m[k] = v: the map and the key's slot, evaluated
// before v; the runtime's slot is asked for only when v is known.
typedef struct CgMapSlot {
    Type *mt;             // the map type
    LLVMValueRef m, key;  // the map value, the address of the key
} CgMapSlot;
bool cg_map_lhs(Cg *cg, Expr *l, CgMapSlot *out);  // false when l is not m[k]
LLVMValueRef cg_map_slot_addr(Cg *cg, CgMapSlot *s);
void cg_map_store(Cg *cg, CgMapSlot *s, LLVMValueRef v);
LLVMValueRef cg_map_assign_addr(Cg *cg, Expr *e);   // m[k]++: the slot
LLVMValueRef cg_map_index(Cg *cg, Expr *e);         // m[k], and v, ok := m[k]
LLVMValueRef cg_map_len(Cg *cg, LLVMValueRef m);
void cg_map_delete(Cg *cg, Expr *call);
void cg_map_clear(Cg *cg, Expr *m);
LLVMValueRef cg_make_map(Cg *cg, Expr *call);
LLVMValueRef cg_map_lit(Cg *cg, Expr *e);
void cg_map_range(Cg *cg, Stmt *s);

// ---------------------------------------------------------------- defer.c
// cg_defer_begin runs at every function's start (after its parameters): it
// keeps frame pointers and, when the body defers, declares the results in
// memory, links a GoDeferFrame and returns true (the caller then declares no
// results).  Returns then store their values and branch to the exit path
// (cg_defer_ret) that cg_defer_end emits after the body.
bool cg_defer_begin(Cg *cg, Func *f);
void cg_defer_ret(Cg *cg, LLVMValueRef *vals, int n);
void cg_defer_end(Cg *cg, Func *f);
void cg_defer_stmt(Cg *cg, Stmt *s);
LLVMValueRef cg_recover(Cg *cg, Expr *e);

// ---------------------------------------------------------------- big.c
// Values of big array/struct types are pointers to temporaries (see big.c).
bool cg_is_big(Type *t);
LLVMTypeRef cg_big_type(LLVMValueRef v);   // the aggregate type when v is a big value
void cg_big_reset(void);
LLVMValueRef cg_big_temp(Cg *cg, Type *t, bool zero);
LLVMValueRef cg_big_load(Cg *cg, Type *t, LLVMValueRef addr);
LLVMValueRef cg_big_from(Cg *cg, Type *t, LLVMValueRef agg);
LLVMValueRef cg_big_to_aggregate(Cg *cg, LLVMValueRef v);
bool cg_big_store(Cg *cg, LLVMValueRef addr, LLVMValueRef v);
LLVMValueRef cg_big_elem_addr(Cg *cg, Type *t, LLVMValueRef v, LLVMValueRef i);
LLVMValueRef cg_big_equal(Cg *cg, Type *t, LLVMValueRef a, LLVMValueRef b);

// ---------------------------------------------------------------- builtin.c
LLVMValueRef cg_builtin(Cg *cg, Expr *e);
LLVMValueRef cg_intrinsic_call(Cg *cg, Expr *e);

// ---------------------------------------------------------------- method.c
// GoType.nmethods/methods of t's descriptor: t's method set with wrappers.
void cg_method_table(Cg *cg, Type *t, LLVMValueRef *count, LLVMValueRef *table);
LLVMValueRef cg_method_value(Cg *cg, Expr *e);   // x.M not called: a bound closure

// ---------------------------------------------------------------- iface.c
LLVMValueRef cg_iface_fn(Cg *cg, LLVMValueRef tw, const char *name);  // dispatch (nil-checked)
LLVMValueRef cg_iface_call(Cg *cg, Expr *e);     // CALL_METHOD
LLVMValueRef cg_iface_implements(Cg *cg, LLVMValueRef tw, Type *t);
// expr.c's argument evaluation, for calls built elsewhere: args[first...].
int cg_call_args(Cg *cg, Expr *e, LLVMValueRef *args, int first);

// ---------------------------------------------------------------- emit.c
bool cg_target_init(Cg *cg);
bool cg_emit_module(Cg *cg);

// ---------------------------------------------------------------- escape_check.c
// -escape-check: fills every stack site with 0xAB before each return.
void cg_escape_check(Cg *cg);

#endif
