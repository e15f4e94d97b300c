// func.c: functions, closures, gosub_entry and the root table.
//
// A Go function lowers to an LLVM function named as gc names it ("main.F",
// closures "main.F.func1"): 0 results void, 1 result its type, several an
// anonymous struct.  Func literals take a leading `ptr %closure`; a func value
// is a pointer to a closure object { ptr code, captures... } and a call loads
// the code from word 0 and passes the object first.  Inside the literal, a
// by-reference capture's slot holds the pointer stored in the object (the
// variable's SITE_VAR memory), a by-value capture is copied into a local:
//     define i64 @main.F.func1(ptr %closure) {
//       %0 = getelementptr { ptr, ptr }, ptr %closure, i32 0, i32 1
//       %n = load ptr, ptr %0            ; by reference: the cell of n
//       store ptr %n, ptr %n.addr
// A top-level function used as a value gets a wrapper taking the closure
// parameter ("main.F·f") and one constant closure object ("main.F·fv").
//
// gosub_entry runs the package's variable initialisers in Program.inits
// order, then its init functions, then main.main.  gosub_roots lists every
// package-level variable that holds pointers, with its pointer mask.
#include <stdlib.h>
#include <string.h>

#include "cg.h"
#include "gosub_rt.h"

LLVMTypeRef cg_result_type(Cg *cg, Type *sig) {
    if (sig->nresults == 0)
        return cg->t_void;
    if (sig->nresults == 1)
        return cg_type(cg, sig->results[0]);
    LLVMTypeRef rs[32];
    if (sig->nresults > 32)
        cg_fail(cg, (Pos){-1, 0, 0}, "too many results");
    for (int i = 0; i < sig->nresults; i++)
        rs[i] = cg_type(cg, sig->results[i]);
    return LLVMStructTypeInContext(cg->ctx, rs, (unsigned)sig->nresults, 0);
}

LLVMTypeRef cg_func_type(Cg *cg, Type *sig, bool closure) {
    sig = type_under(sig);
    LLVMTypeRef ps[65];
    if (sig->nparams > 64)
        cg_fail(cg, (Pos){-1, 0, 0}, "too many parameters");
    int n = 0;
    if (closure)
        ps[n++] = cg->t_ptr;
    for (int i = 0; i < sig->nparams; i++)
        ps[n++] = cg_type(cg, sig->params[i]);
    return LLVMFunctionType(cg_result_type(cg, sig), ps, (unsigned)n, 0);
}

LLVMValueRef cg_func_decl(Cg *cg, Func *f) {
    if (!f->name || !f->sig)
        cg_fail(cg, (Pos){-1, 0, 0}, "function without a name or signature");
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, f->name);
    if (fn)
        return fn;
    return LLVMAddFunction(cg->mod, f->name, cg_func_type(cg, f->sig, f->lit != NULL));
}

// ---------------------------------------------------------------- closure environments

static LLVMTypeRef env_type(Cg *cg, Func *f) {
    int n = 1;
    for (int i = 0; i < f->captures.len; i++) {
        Capture *c = VEC_AT(f->captures, i);
        if (c->index + 1 > n)
            n = c->index + 1;
    }
    LLVMTypeRef *fs = arena_alloc(sizeof(LLVMTypeRef) * (size_t)n);
    for (int i = 0; i < n; i++)
        fs[i] = cg->t_ptr;
    for (int i = 0; i < f->captures.len; i++) {
        Capture *c = VEC_AT(f->captures, i);
        if (c->index < 1)
            cg_fail(cg, f->lit ? f->lit->pos : (Pos){-1, 0, 0}, "capture at index 0");
        fs[c->index] = c->by_ref ? cg->t_ptr : cg_type(cg, c->var->type);
    }
    return LLVMStructTypeInContext(cg->ctx, fs, (unsigned)n, 0);
}

// The environment's descriptor: by-reference captures and the pointer words
// of by-value captures are pointers; the code word is not (static code).
static LLVMValueRef env_desc(Cg *cg, Func *f, LLVMTypeRef env) {
    int64_t size = cg_sizeof(cg, env);
    int64_t words = (size + 7) / 8;
    uint8_t *mask = calloc((size_t)(words + 8) / 8 + 1, 1);
    bool any = false;
    for (int i = 0; i < f->captures.len; i++) {
        Capture *c = VEC_AT(f->captures, i);
        int64_t w0 = (int64_t)LLVMOffsetOfElement(cg->td, env, (unsigned)c->index) / 8;
        if (c->by_ref) {
            mask[w0 / 8] |= (uint8_t)(1u << (w0 % 8));
            any = true;
            continue;
        }
        if (!type_has_pointers(c->var->type))
            continue;
        int64_t vw = (c->var->type->size + 7) / 8;
        uint8_t *vm = calloc((size_t)(vw + 8) / 8 + 1, 1);
        type_ptrmask(c->var->type, vm);
        for (int64_t j = 0; j < vw; j++)
            if (vm[j / 8] & (1u << (j % 8)))
                mask[(w0 + j) / 8] |= (uint8_t)(1u << ((w0 + j) % 8)), any = true;
        free(vm);
    }
    LLVMValueRef m = any ? cg_cstring(cg, (const char *)mask, (words + 7) / 8, ".ptrmask")
                         : LLVMConstNull(cg->t_ptr);
    free(mask);
    return cg_build_desc(cg, arena_sprintf("closure:%s", f->name), size, GOKIND_STRUCT, m);
}

// A constant closure object { ptr code } for code that captures nothing.
static LLVMValueRef static_closure(Cg *cg, LLVMValueRef code, const char *name) {
    LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, name);
    if (g)
        return g;
    LLVMValueRef init = LLVMConstStructInContext(cg->ctx, &code, 1, 0);
    g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), name);
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetAlignment(g, 8);
    return g;
}

LLVMValueRef cg_func_lit(Cg *cg, Expr *e) {
    Func *f = e->func;
    if (!f)
        cg_fail(cg, e->pos, "func literal without a function");
    LLVMValueRef code = cg_func_decl(cg, f);
    if (f->captures.len == 0)
        return static_closure(cg, code, arena_sprintf("%s·f", f->name));
    static Site heap_site = {.kind = SITE_CLOSURE, .count = 1, .decision = SITE_HEAP};
    LLVMTypeRef env = env_type(cg, f);
    LLVMValueRef mem = cg_alloc_env(cg, e->site ? e->site : &heap_site, env, env_desc(cg, f, env));
    LLVMBuildStore(cg->b, code, LLVMBuildStructGEP2(cg->b, env, mem, 0, "code"));
    for (int i = 0; i < f->captures.len; i++) {
        Capture *c = VEC_AT(f->captures, i);
        LLVMValueRef v = c->by_ref ? cg_var_addr(cg, c->var)
                                   : cg_load(cg, c->var->type, cg_var_addr(cg, c->var), c->var->name);
        const char *fname = arena_sprintf("%s.cap", c->var->name ? c->var->name : "");
        LLVMBuildStore(cg->b, v, LLVMBuildStructGEP2(cg->b, env, mem, (unsigned)c->index, fname));
    }
    return mem;
}

// Binds the captures of closure f at its entry.
static void bind_captures(Cg *cg, Func *f) {
    LLVMTypeRef env = env_type(cg, f);
    for (int i = 0; i < f->captures.len; i++) {
        Capture *c = VEC_AT(f->captures, i);
        Obj *o = c->var;
        CgVar *v = NEW(CgVar);
        v->owner = f;
        v->boxed = c->by_ref;
        LLVMValueRef p = LLVMBuildStructGEP2(cg->b, env, cg->closure, (unsigned)c->index,
                                             arena_sprintf("%s.cap", o->name ? o->name : ""));
        if (c->by_ref) {
            v->slot = cg_entry_alloca(cg, cg->t_ptr, arena_sprintf("%s.addr", o->name));
            LLVMBuildStore(cg->b, LLVMBuildLoad2(cg->b, cg->t_ptr, p, o->name), v->slot);
        } else {
            v->slot = cg_entry_alloca(cg, cg_type(cg, o->type), o->name);
            LLVMBuildStore(cg->b, cg_load(cg, o->type, p, o->name), v->slot);
        }
        o->cg = v;
    }
}

// A top-level function as a func value: wrapper + constant closure object.
LLVMValueRef cg_func_value(Cg *cg, Obj *fobj) {
    if (!fobj->func || fobj->intrinsic != INTR_NONE)
        cg_fail(cg, fobj->pos, "%s used as a value not supported", fobj->name);
    Func *f = fobj->func;
    const char *wname = arena_sprintf("%s·f", f->name);
    LLVMValueRef w = LLVMGetNamedFunction(cg->mod, wname);
    if (!w) {
        LLVMValueRef target = cg_func_decl(cg, f);
        LLVMTypeRef wt = cg_func_type(cg, f->sig, true);
        w = LLVMAddFunction(cg->mod, wname, wt);
        LLVMSetLinkage(w, LLVMPrivateLinkage);
        LLVMBuilderRef b = LLVMCreateBuilderInContext(cg->ctx);
        LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(cg->ctx, w, "entry"));
        unsigned n = LLVMCountParams(w);
        LLVMValueRef args[65];
        for (unsigned i = 1; i < n; i++)
            args[i - 1] = LLVMGetParam(w, i);
        LLVMTypeRef ft = cg_func_type(cg, f->sig, false);
        bool is_void = LLVMGetReturnType(ft) == cg->t_void;
        LLVMValueRef r = LLVMBuildCall2(b, ft, target, args, n - 1, is_void ? "" : "r");
        if (is_void)
            LLVMBuildRetVoid(b);
        else
            LLVMBuildRet(b, r);
        LLVMDisposeBuilder(b);
    }
    return static_closure(cg, w, arena_sprintf("%s·fv", f->name));
}

// ---------------------------------------------------------------- function bodies

static void begin_function(Cg *cg, Func *f, LLVMValueRef fn) {
    cg->fn = f;
    cg->llfn = fn;
    cg->entry_bb = LLVMAppendBasicBlockInContext(cg->ctx, fn, "entry");
    cg->njumps = 0;
    cg->fallthrough_to = NULL;
    cg->closure = NULL;
    cg->nhoisted = 0;
    cg->nlabels = 0;
    cg_set_block(cg, cg->entry_bb);
}

static void end_function(Cg *cg, bool is_void) {
    if (!cg_terminated(cg)) {
        if (is_void)
            LLVMBuildRetVoid(cg->b);
        else
            LLVMBuildUnreachable(cg->b);
    }
}

static void gen_func(Cg *cg, Func *f) {
    LLVMValueRef fn = cg_func_decl(cg, f);
    if (LLVMCountBasicBlocks(fn) > 0)
        cg_fail(cg, f->decl ? f->decl->pos : (Pos){-1, 0, 0}, "function %s defined twice", f->name);
    begin_function(cg, f, fn);
    unsigned off = 0;
    if (f->lit) {
        cg->closure = LLVMGetParam(fn, 0);
        LLVMSetValueName2(cg->closure, "closure", 7);
        off = 1;
        bind_captures(cg, f);
    }
    for (int i = 0; i < f->params.len; i++) {
        Obj *p = VEC_AT(f->params, i);
        LLVMValueRef v = LLVMGetParam(fn, off + (unsigned)i);
        if (p->name)
            LLVMSetValueName2(v, p->name, strlen(p->name));
        cg_declare(cg, p, v);
    }
    // Unnamed results (~r0) cannot be referenced: only named ones need slots
    // (a function that defers keeps all of them in memory: defer.c).
    bool defers = cg_defer_begin(cg, f);
    for (int i = 0; !defers && i < f->results.len; i++) {
        Obj *r = VEC_AT(f->results, i);
        if (f->named_results || !r->name || r->name[0] != '~')
            cg_declare(cg, r, NULL);
    }
    cg_block_stmts(cg, f->body);
    cg_defer_end(cg, f);
    end_function(cg, type_under(f->sig)->nresults == 0);
}

// ---------------------------------------------------------------- gosub_entry and roots

static void global_init(Cg *cg, GlobalInit *gi) {
    int n = gi->lhs.len;
    if (n > 32)
        cg_fail(cg, (Pos){-1, 0, 0}, "too many variables in one initialisation");
    LLVMValueRef vals[32];
    cg_hoist(cg, gi->rhs, true);
    cg_hoist_list(cg, &gi->rhs_list, false);
    if (gi->rhs) {
        LLVMValueRef v = cg_expr(cg, gi->rhs);
        for (int i = 0; i < n; i++) {
            Obj *o = VEC_AT(gi->lhs, i);
            if (n == 1) {
                vals[i] = v;
                continue;
            }
            vals[i] = LLVMBuildExtractValue(cg->b, v, (unsigned)i, "");
            if (o && gi->rhs->type && gi->rhs->type->kind == TYPE_TUPLE)
                vals[i] = cg_assign_conv(cg, vals[i], gi->rhs->type->results[i], o->type);
        }
    } else {
        for (int i = 0; i < n; i++)
            vals[i] = cg_expr(cg, VEC_AT(gi->rhs_list, i));
    }
    for (int i = 0; i < n; i++) {
        Obj *o = VEC_AT(gi->lhs, i);
        if (o)
            cg_store(cg, cg_var_addr(cg, o), vals[i]);
    }
}

static void gen_entry(Cg *cg) {
    Program *p = cg->prog;
    LLVMValueRef fn = LLVMAddFunction(cg->mod, "gosub_entry", LLVMFunctionType(cg->t_void, NULL, 0, 0));
    begin_function(cg, NULL, fn);
    for (int i = 0; i < p->inits.len; i++)
        global_init(cg, VEC_AT(p->inits, i));
    for (int i = 0; i < p->init_funcs.len; i++) {
        Func *f = VEC_AT(p->init_funcs, i);
        LLVMBuildCall2(cg->b, cg_func_type(cg, f->sig, false), cg_func_decl(cg, f), NULL, 0, "");
    }
    if (p->main_func)
        LLVMBuildCall2(cg->b, cg_func_type(cg, p->main_func->sig, false),
                       cg_func_decl(cg, p->main_func), NULL, 0, "");
    end_function(cg, true);
}

static void gen_roots(Cg *cg) {
    Program *p = cg->prog;
    LLVMValueRef *roots = arena_alloc(sizeof(LLVMValueRef) * (size_t)(p->globals.len + 1));
    int n = 0;
    for (int i = 0; i < p->globals.len; i++) {
        Obj *o = VEC_AT(p->globals, i);
        if (!type_has_pointers(o->type))
            continue;
        LLVMValueRef v[] = {cg_var(cg, o)->slot, cg_i64(cg, o->type->size), cg_ptrmask(cg, o->type)};
        roots[n++] = LLVMConstNamedStruct(cg->t_root, v, 3);
    }
    LLVMValueRef arr = LLVMConstArray2(cg->t_root, roots, (uint64_t)n);
    LLVMValueRef ga = LLVMAddGlobal(cg->mod, LLVMTypeOf(arr), "gosub_roots.list");
    LLVMSetInitializer(ga, arr);
    LLVMSetGlobalConstant(ga, 1);
    LLVMSetLinkage(ga, LLVMPrivateLinkage);
    LLVMValueRef tv[] = {cg_i64(cg, n), ga};
    LLVMValueRef table = LLVMConstStructInContext(cg->ctx, tv, 2, 0);
    LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(table), "gosub_roots");
    LLVMSetInitializer(g, table);
    LLVMSetGlobalConstant(g, 1);
}

// Lowers the whole program: declarations first (calls may precede bodies),
// then every body, then gosub_entry and the root table.
void cg_program(Cg *cg) {
    Program *p = cg->prog;
    for (int i = 0; i < p->globals.len; i++)
        cg_var(cg, VEC_AT(p->globals, i));
    for (int i = 0; i < p->funcs.len; i++)
        cg_func_decl(cg, VEC_AT(p->funcs, i));
    for (int i = 0; i < p->funcs.len; i++) {
        Func *f = VEC_AT(p->funcs, i);
        if (f->body)
            gen_func(cg, f);
    }
    if (p->main_func)
        gen_entry(cg);
    gen_roots(cg);
}
