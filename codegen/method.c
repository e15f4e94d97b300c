// method.c: method tables of type descriptors, and method values.
//
// A concrete method is an ordinary function whose first parameter is the
// receiver (frontend.h, invariant 13), so calls need nothing here.  What
// needs code is reaching a method from an interface's data word:
//
//   * Method tables.  The descriptor of a type T lists T's method set sorted
//     by name (gosub_rt.h GoMethod).  Each entry's fn is a wrapper
//     `fn(ptr data, args...)`: data points at a T (T boxed, or the *T of a
//     pointer type's descriptor), so one wrapper serves T and *T.  It walks
//     the embedded-field path to the receiver (loading through embedded
//     pointers), loads the receiver for a value method or passes its address
//     for a pointer method, and calls the method:
//         define i64 @"main.T.Area·m12"(ptr %data) {
//           %r = load %T, ptr %data
//           %v = call i64 @main.T.Area(%T %r)
//           ret i64 %v
//     A pointer-shaped T with methods (a defined map or func type) holds its
//     value in the data word itself: its wrappers ("·d") pass data as is.
//     A method promoted from an embedded interface field dispatches again.
//
//   * Method values x.M: a closure { code, receiver } allocated from the
//     selector's SITE_CLOSURE; code ("main.T.M-fm", as gc names it) loads
//     the receiver from the closure and calls the method.
#include <string.h>

#include "cg.h"

// ---------------------------------------------------------------- helper functions

// Saved generation state while a helper function is built in the middle of
// another (descriptors are created on first use, anywhere).
typedef struct FnState {
    LLVMValueRef llfn, closure;
    LLVMBasicBlockRef entry_bb, cur;
} FnState;

static FnState enter(Cg *cg, LLVMValueRef fn) {
    FnState s = {cg->llfn, cg->closure, cg->entry_bb, LLVMGetInsertBlock(cg->b)};
    cg->llfn = fn;
    cg->closure = NULL;
    cg->entry_bb = LLVMAppendBasicBlockInContext(cg->ctx, fn, "entry");
    cg_set_block(cg, cg->entry_bb);
    return s;
}

static void leave(Cg *cg, FnState s) {
    cg->llfn = s.llfn;
    cg->closure = s.closure;
    cg->entry_bb = s.entry_bb;
    if (s.cur)
        cg_set_block(cg, s.cur);
    else
        LLVMClearInsertionPosition(cg->b);
}

static void ret_value(Cg *cg, LLVMValueRef r, LLVMTypeRef ft) {
    if (LLVMGetReturnType(ft) == cg->t_void)
        LLVMBuildRetVoid(cg->b);
    else
        LLVMBuildRet(cg->b, r);
}

// Calls fn of type ft with args, returning the result (or NULL for void).
static LLVMValueRef call(Cg *cg, LLVMTypeRef ft, LLVMValueRef fn, LLVMValueRef *args, unsigned n) {
    bool is_void = LLVMGetReturnType(ft) == cg->t_void;
    return LLVMBuildCall2(cg->b, ft, fn, args, n, is_void ? "" : "r");
}

// Calls the method func (full signature) with recv and the wrapper's
// parameters from index first on, and returns its result.
static void call_method(Cg *cg, Obj *func, LLVMValueRef recv, LLVMValueRef self, unsigned first,
                        LLVMTypeRef wt) {
    LLVMValueRef args[66];
    unsigned n = LLVMCountParams(self);
    if (n > 65)
        cg_fail(cg, func->pos, "too many parameters");
    args[0] = recv;
    for (unsigned i = first; i < n; i++)
        args[1 + i - first] = LLVMGetParam(self, i);
    LLVMTypeRef ft = cg_func_type(cg, func->func->sig, false);
    ret_value(cg, call(cg, ft, cg_func_decl(cg, func->func), args, 1 + n - first), wt);
}

// Calls method name of interface value iv with the wrapper's parameters from
// index first on, and returns its result.
static void call_dynamic(Cg *cg, LLVMValueRef iv, const char *name, Type *sig, LLVMValueRef self,
                         unsigned first, LLVMTypeRef wt) {
    LLVMValueRef tw = LLVMBuildExtractValue(cg->b, iv, 0, "itype");
    LLVMValueRef fn = cg_iface_fn(cg, tw, name);
    LLVMValueRef args[66];
    unsigned n = LLVMCountParams(self);
    args[0] = LLVMBuildExtractValue(cg->b, iv, 1, "data");
    for (unsigned i = first; i < n && i < 65; i++)
        args[1 + i - first] = LLVMGetParam(self, i);
    LLVMTypeRef ft = cg_func_type(cg, sig, true);
    ret_value(cg, call(cg, ft, fn, args, 1 + n - first), wt);
}

// ---------------------------------------------------------------- method table wrappers

// From addr, pointing at a value of type *tp, through m's embedded fields;
// *tp becomes the holder's type.  nil is checked before each dereference, not
// for the final pointer handed to a pointer method (Go passes a nil receiver).
static LLVMValueRef walk_path(Cg *cg, Type **tp, LLVMValueRef addr, bool *maybe_nil, const MethodSetEntry *m) {
    Type *t = *tp;
    for (int i = 0; i < m->npath; i++) {
        if (*maybe_nil)
            cg_nil_check(cg, addr);
        Type *st = type_under(t);
        TypeField *f = &st->fields[m->path[i]];
        LLVMValueRef fa = LLVMBuildStructGEP2(cg->b, cg_type(cg, st), addr, (unsigned)m->path[i], f->name);
        if (type_under(f->type)->kind == TYPE_POINTER) {
            addr = LLVMBuildLoad2(cg->b, cg->t_ptr, fa, "embed");
            t = type_under(f->type)->elem;
            *maybe_nil = true;
        } else {
            addr = fa;
            t = f->type;
            *maybe_nil = false;
        }
    }
    *tp = t;
    return addr;
}

// The body of a wrapper whose receiver's data word is data and whose Go
// parameters start at w's parameter first.
static void wrapper_body(Cg *cg, LLVMValueRef w, LLVMValueRef data, unsigned first, Type *base, bool direct,
                         bool via_ptr, const MethodSetEntry *m, LLVMTypeRef wt) {
    if (direct) {
        call_method(cg, m->func, data, w, first, wt);
        return;
    }
    Type *t = base;
    bool maybe_nil = via_ptr;
    LLVMValueRef addr = walk_path(cg, &t, data, &maybe_nil, m);
    if (maybe_nil && (!m->func || !m->ptr_recv))
        cg_nil_check(cg, addr);
    if (!m->func) {
        LLVMValueRef iv = LLVMBuildLoad2(cg->b, cg->t_iface, addr, "iface");
        call_dynamic(cg, iv, m->name, m->sig, w, first, wt);
        return;
    }
    LLVMValueRef recv = m->ptr_recv ? addr : LLVMBuildLoad2(cg->b, cg_type(cg, t), addr, "recv");
    call_method(cg, m->func, recv, w, first, wt);
}

// The wrapper for entry m of the method table of t.
static LLVMValueRef table_wrapper(Cg *cg, Type *t, const MethodSetEntry *m) {
    bool via_ptr = type_under(t)->kind == TYPE_POINTER;
    Type *base = via_ptr ? type_under(t)->elem : t;
    bool direct = !via_ptr && cg_pointer_shaped(t);
    // A pointer's wrapper nil-checks; a boxed value's data is never nil.
    const char *name = arena_sprintf("%s.%s·%s%d", type_str(base), m->name, direct ? "d" : via_ptr ? "p" : "m",
                                     base->id);
    LLVMValueRef w = LLVMGetNamedFunction(cg->mod, name);
    if (w)
        return w;
    LLVMTypeRef wt = cg_func_type(cg, m->sig, true);
    w = LLVMAddFunction(cg->mod, name, wt);
    LLVMSetLinkage(w, LLVMPrivateLinkage);
    FnState s = enter(cg, w);
    wrapper_body(cg, w, LLVMGetParam(w, 0), 1, base, direct, via_ptr, m, wt);
    leave(cg, s);
    return w;
}

// GoType.nmethods and GoType.methods of t's descriptor.
void cg_method_table(Cg *cg, Type *t, LLVMValueRef *count, LLVMValueRef *table) {
    MethodSetEntry *ms;
    int n = type_method_set(t, &ms);
    *count = cg_i64(cg, n);
    *table = LLVMConstNull(cg->t_ptr);
    if (n == 0)
        return;
    bool iface = type_is_interface(t);
    LLVMTypeRef fields[] = {cg->t_ptr, cg->t_ptr, cg->t_ptr, cg->t_i64};
    LLVMTypeRef mt = LLVMStructTypeInContext(cg->ctx, fields, 4, 0);
    bool via_ptr = type_under(t)->kind == TYPE_POINTER;
    LLVMValueRef *es = arena_alloc(sizeof(LLVMValueRef) * (size_t)n);
    for (int i = 0; i < n; i++) {
        LLVMValueRef v[] = {cg_cstring(cg, ms[i].name, (int64_t)strlen(ms[i].name) + 1, ".mname"),
                            iface ? LLVMConstNull(cg->t_ptr) : table_wrapper(cg, t, &ms[i]),
                            cg_typedesc(cg, ms[i].sig),
                            cg_i64(cg, via_ptr && !(ms[i].func && ms[i].ptr_recv && ms[i].npath == 0))};
        es[i] = LLVMConstStructInContext(cg->ctx, v, 4, 0);
    }
    LLVMValueRef arr = LLVMConstArray2(mt, es, (uint64_t)n);
    LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(arr), ".methods");
    LLVMSetInitializer(g, arr);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    *table = g;
}

// ---------------------------------------------------------------- method values

// The code of a method value's closure: loads the receiver and calls.
static LLVMValueRef bound_wrapper(Cg *cg, Expr *e, LLVMTypeRef env) {
    const char *name = e->method ? arena_sprintf("%s-fm", e->method->func->name)
                                 : arena_sprintf("%s.%s-fm%d", type_str(e->x->type), e->name, e->x->type->id);
    LLVMValueRef w = LLVMGetNamedFunction(cg->mod, name);
    if (w)
        return w;
    LLVMTypeRef wt = cg_func_type(cg, e->type, true);
    w = LLVMAddFunction(cg->mod, name, wt);
    LLVMSetLinkage(w, LLVMPrivateLinkage);
    FnState s = enter(cg, w);
    LLVMValueRef clo = LLVMGetParam(w, 0);
    LLVMValueRef rp = LLVMBuildStructGEP2(cg->b, env, clo, 1, "");
    LLVMValueRef recv = LLVMBuildLoad2(cg->b, cg_type(cg, e->x->type), rp, "recv");
    if (e->method)
        call_method(cg, e->method, recv, w, 1, wt);
    else
        call_dynamic(cg, recv, e->name, e->type, w, 1, wt);
    leave(cg, s);
    return w;
}

// A method expression other than the method itself (invariant 13): a
// constant closure of a wrapper taking the receiver as first parameter.
static LLVMValueRef method_expr(Cg *cg, Expr *e) {
    Type *t = e->x->type;
    const char *name = arena_sprintf("%s.%s·x%d", type_str(t), e->name, t->id);
    const char *cname = arena_sprintf("%s·xv", name);
    LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, cname);
    if (g)
        return g;
    MethodSetEntry *ms, *m = NULL;
    int n = type_method_set(t, &ms);
    for (int i = 0; i < n && !m; i++)
        if (!strcmp(ms[i].name, e->name))
            m = &ms[i];
    if (!m)
        cg_fail(cg, e->pos, "method expression %s.%s: no such method", type_str(t), e->name);
    LLVMTypeRef wt = cg_func_type(cg, e->type, true);
    LLVMValueRef w = LLVMAddFunction(cg->mod, name, wt);
    LLVMSetLinkage(w, LLVMPrivateLinkage);
    FnState s = enter(cg, w);
    LLVMValueRef recv = LLVMGetParam(w, 1);
    if (type_is_interface(t)) {
        call_dynamic(cg, recv, e->name, m->sig, w, 2, wt);
    } else {
        bool via_ptr = type_under(t)->kind == TYPE_POINTER;
        bool direct = !via_ptr && cg_pointer_shaped(t);
        LLVMValueRef data = recv;
        if (!via_ptr && !direct) {
            data = cg_entry_alloca(cg, cg_type(cg, t), "recv.addr");
            LLVMBuildStore(cg->b, recv, data);
        }
        wrapper_body(cg, w, data, 2, via_ptr ? type_under(t)->elem : t, direct, via_ptr, m, wt);
    }
    leave(cg, s);
    LLVMValueRef init = LLVMConstStructInContext(cg->ctx, &w, 1, 0);
    g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), cname);
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetAlignment(g, 8);
    return g;
}

LLVMValueRef cg_method_value(Cg *cg, Expr *e) {
    if (e->x->is_type)
        return method_expr(cg, e);
    LLVMValueRef recv = cg_expr(cg, e->x);
    if (!e->method) {  // i.M of a nil interface panics here, as in Go
        LLVMValueRef tw = LLVMBuildExtractValue(cg->b, recv, 0, "itype");
        cg_nil_check(cg, tw);
    }
    LLVMTypeRef fs[] = {cg->t_ptr, cg_type(cg, e->x->type)};
    LLVMTypeRef env = LLVMStructTypeInContext(cg->ctx, fs, 2, 0);
    LLVMValueRef code = bound_wrapper(cg, e, env);
    LLVMValueRef mem;
    if (e->site) {
        mem = cg_alloc_site(cg, e->site, NULL);
    } else {  // defensive: invariant 13 promises a site
        LLVMValueRef args[] = {cg_i64(cg, cg_sizeof(cg, env)), LLVMConstNull(cg->t_ptr)};
        mem = cg_rt_call(cg, "gc_alloc", args, 2, "closure");
    }
    LLVMBuildStore(cg->b, code, LLVMBuildStructGEP2(cg->b, env, mem, 0, ""));
    cg_store(cg, LLVMBuildStructGEP2(cg->b, env, mem, 1, ""), recv);
    return mem;
}
