// defer.c: defer statements, the exit path of functions that defer, recover().
//
// The runtime side and the protocol are in runtime/gosub_rt.h ("defer.c").
// A function whose body holds a defer statement (not counting nested func
// literals) gets a GoDeferFrame and keeps its results in memory, so that the
// path a recovered panic longjmps to reads their current values:
//
//   define i64 @main.f() {
//   entry:
//     %results = alloca { i64 }               ; the result slots (named or ~r0)
//     %frame = alloca [52 x i64], align 16    ; GoDeferFrame
//     store ptr %results, ptr (%frame word 2) ; their address escapes: no SSA copies
//     call void @rt_defer_enter(ptr %frame)
//     %jmp = call i32 @_setjmp(ptr (%frame word 4)) #returns_twice
//     br (%jmp != 0), label %defer.exit, label %defer.body
//   defer.body:  ...                          ; return x: store x, br defer.exit
//   defer.exit:
//     call void @rt_defer_return(ptr %frame)  ; pending calls, most recent first
//     %r = load i64, ptr %results  ret i64 %r
//
// `defer f(a, b)` evaluates f's value (when it is not a top-level function)
// and a, b at the statement into a record { next, thunk, argp, values... }
// (gc_alloc'd with a precise pointer mask when the statement may run more
// than once per call, else an entry-block alloca) and pushes it.  The thunk
// `void @main.f.deferwrap1(ptr %rec)` stores its frame address in rec.argp,
// loads the values and makes the call through cg_call on a copy of the call
// whose operands are the loaded values (cg_hoist_value).  recover() passes
// the frame address of its function's caller to rt_gorecover; such functions
// are noinline, and every generated function keeps frame pointers so the
// address is the caller's own.
#include <string.h>

#include "cg.h"
#include "gosub_rt.h"

// The per-function state while a function with defers is generated.
typedef struct CgDefer CgDefer;
struct CgDefer {
    LLVMValueRef frame;        // the GoDeferFrame alloca
    LLVMBasicBlockRef exit;    // defer.exit
    Vec once;                  // of Stmt*: defer statements that run at most once per call
    int nthunks;
};

// GoDeferFrame: 4 header words, then the jmp_buf.
enum { FRAME_WORDS = 4 + GO_JMPBUF_WORDS, FRAME_JB_WORD = 4, REC_HEADER = 3 };

static void add_fn_attr(Cg *cg, LLVMValueRef fn, const char *kind) {
    unsigned k = LLVMGetEnumAttributeKindForName(kind, strlen(kind));
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(cg->ctx, k, 0));
}

// Calls a runtime function of pointer parameters and no result (gosub_rt.h, defer.c).
static void rt_void(Cg *cg, const char *name, LLVMValueRef *args, int n) {
    LLVMTypeRef ps[2] = {cg->t_ptr, cg->t_ptr};
    cg_intrinsic(cg, name, cg->t_void, ps, n, args, "");
}

// recover's caller check needs real frames: a frame pointer in every
// function, and no tail calls (a function tail-calling a recover()ing one
// would make that function look called by its own caller, as gc never does).
static void keep_frame_pointer(Cg *cg, LLVMValueRef fn) {
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                            LLVMCreateStringAttribute(cg->ctx, "frame-pointer", 13, "all", 3));
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                            LLVMCreateStringAttribute(cg->ctx, "disable-tail-calls", 18, "true", 4));
}

// ---------------------------------------------------------------- finding defers

// Walks the statements of a body: does it defer, and which defer statements
// can run at most once per call (outside loops, in a body without labels,
// which goto could make loop)?
typedef struct Scan {
    bool any, labels;
    Vec once;
} Scan;

static void scan_list(Scan *sc, Vec *stmts, int loops);

static void scan_stmt(Scan *sc, Stmt *s, int loops) {
    if (!s)
        return;
    switch (s->kind) {
    case STMT_DEFER:
        sc->any = true;
        if (!loops)
            vec_push(&sc->once, s);
        break;
    case STMT_LABELED:
        sc->labels = true;
        scan_stmt(sc, s->stmt, loops);
        break;
    case STMT_BLOCK: scan_list(sc, &s->body->stmts, loops); break;
    case STMT_IF:
        scan_list(sc, &s->body->stmts, loops);
        scan_stmt(sc, s->else_, loops);
        break;
    case STMT_FOR: case STMT_RANGE: scan_list(sc, &s->body->stmts, loops + 1); break;
    case STMT_SWITCH: case STMT_TYPE_SWITCH: case STMT_SELECT:
        for (int i = 0; i < s->clauses.len; i++)
            scan_list(sc, &((CaseClause *)VEC_AT(s->clauses, i))->body, loops);
        break;
    default: break;
    }
}

static void scan_list(Scan *sc, Vec *stmts, int loops) {
    for (int i = 0; i < stmts->len; i++)
        scan_stmt(sc, VEC_AT(*stmts, i), loops);
}

// ---------------------------------------------------------------- prologue and exit

static LLVMValueRef frame_word(Cg *cg, LLVMValueRef frame, int word) {
    LLVMValueRef idx = cg_i64(cg, word);
    return LLVMBuildGEP2(cg->b, cg->t_i64, frame, &idx, 1, "");
}

// The result slots live in one struct whose address the frame holds: a
// boxed result's field holds its memory's address.
static LLVMValueRef declare_results(Cg *cg, Func *f) {
    int n = f->results.len;
    LLVMTypeRef *fs = arena_alloc(sizeof(LLVMTypeRef) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        Obj *r = VEC_AT(f->results, i);
        fs[i] = cg_var(cg, r)->boxed ? cg->t_ptr : cg_type(cg, r->type);
    }
    LLVMTypeRef at = LLVMStructTypeInContext(cg->ctx, fs, (unsigned)n, 0);
    LLVMValueRef anchor = cg_entry_alloca(cg, at, "results");
    for (int i = 0; i < n; i++) {
        Obj *r = VEC_AT(f->results, i);
        CgVar *v = cg_var(cg, r);
        LLVMValueRef field = LLVMBuildStructGEP2(cg->b, at, anchor, (unsigned)i, "");
        if (!v->boxed)
            v->slot = field;
        cg_declare(cg, r, NULL);
        if (v->boxed)
            LLVMBuildStore(cg->b, LLVMBuildLoad2(cg->b, cg->t_ptr, v->slot, ""), field);
    }
    return anchor;
}

bool cg_defer_begin(Cg *cg, Func *f) {
    cg->defer = NULL;
    keep_frame_pointer(cg, cg->llfn);
    Scan sc = {0};
    if (f->body)
        scan_list(&sc, &f->body->stmts, 0);
    if (!sc.any)
        return false;
    CgDefer *d = NEW(CgDefer);
    if (!sc.labels)
        d->once = sc.once;
    cg->defer = d;
    LLVMValueRef anchor = declare_results(cg, f);
    d->frame = cg_entry_alloca(cg, LLVMArrayType2(cg->t_i64, FRAME_WORDS), "defer.frame");
    LLVMSetAlignment(d->frame, 16);
    LLVMBuildStore(cg->b, anchor, frame_word(cg, d->frame, 2));
    rt_void(cg, "rt_defer_enter", &d->frame, 1);
    LLVMTypeRef pt = cg->t_ptr;
    LLVMValueRef jb = frame_word(cg, d->frame, FRAME_JB_WORD);
    LLVMValueRef r = cg_intrinsic(cg, "_setjmp", cg->t_i32, &pt, 1, &jb, "jmp");
    unsigned rt = LLVMGetEnumAttributeKindForName("returns_twice", 13);
    LLVMAddCallSiteAttribute(r, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(cg->ctx, rt, 0));
    add_fn_attr(cg, LLVMGetNamedFunction(cg->mod, "_setjmp"), "returns_twice");
    d->exit = cg_block(cg, "defer.exit");
    LLVMBasicBlockRef body = cg_block(cg, "defer.body");
    LLVMValueRef jumped = LLVMBuildICmp(cg->b, LLVMIntNE, r, LLVMConstInt(cg->t_i32, 0, 0), "recovered");
    LLVMBuildCondBr(cg->b, jumped, d->exit, body);
    cg_set_block(cg, body);
    return true;
}

void cg_defer_ret(Cg *cg, LLVMValueRef *vals, int n) {
    for (int i = 0; i < n; i++) {
        Obj *r = VEC_AT(cg->fn->results, i);
        cg_store(cg, cg_var_addr(cg, r), vals[i]);
    }
    LLVMBuildBr(cg->b, cg->defer->exit);
}

void cg_defer_end(Cg *cg, Func *f) {
    CgDefer *d = cg->defer;
    if (!d)
        return;
    if (!cg_terminated(cg))
        LLVMBuildBr(cg->b, d->exit);
    cg_set_block(cg, d->exit);
    rt_void(cg, "rt_defer_return", &d->frame, 1);
    int n = f->results.len;
    if (n == 0) {
        LLVMBuildRetVoid(cg->b);
    } else {
        LLVMValueRef vals[64];
        if (n > 64)
            cg_fail(cg, f->decl ? f->decl->pos : (Pos){-1, 0, 0}, "too many results");
        for (int i = 0; i < n; i++) {
            Obj *r = VEC_AT(f->results, i);
            vals[i] = cg_big_to_aggregate(cg, cg_load(cg, r->type, cg_var_addr(cg, r), r->name));
        }
        if (n == 1) {
            LLVMBuildRet(cg->b, vals[0]);
        } else {
            LLVMValueRef agg = LLVMGetUndef(cg_result_type(cg, f->sig));
            for (int i = 0; i < n; i++)
                agg = LLVMBuildInsertValue(cg->b, agg, vals[i], (unsigned)i, "");
            LLVMBuildRet(cg->b, agg);
        }
    }
    cg->defer = NULL;
}

// ---------------------------------------------------------------- the record

// Sets the mask bits of the pointer words of a value of type t stored at
// byte offset off (tuples by their LLVM layout).
static void mask_value(Cg *cg, uint8_t *mask, int64_t off, Type *t, LLVMTypeRef lt) {
    if (t->kind == TYPE_TUPLE) {
        for (int i = 0; i < t->nresults; i++)
            mask_value(cg, mask, off + (int64_t)LLVMOffsetOfElement(cg->td, lt, (unsigned)i),
                       t->results[i], LLVMStructGetTypeAtIndex(lt, (unsigned)i));
        return;
    }
    if (!type_has_pointers(t))
        return;
    int64_t words = (t->size + 7) / 8;
    uint8_t *vm = arena_alloc((size_t)(words + 8) / 8 + 1);
    type_ptrmask(t, vm);
    int64_t w0 = off / 8;
    for (int64_t j = 0; j < words; j++)
        if (vm[j / 8] & (1u << (j % 8)))
            mask[(w0 + j) / 8] |= (uint8_t)(1u << ((w0 + j) % 8));
}

static LLVMValueRef record_desc(Cg *cg, LLVMTypeRef rt, Type **ts, int n, const char *name) {
    int64_t size = cg_sizeof(cg, rt);
    int64_t words = (size + 7) / 8;
    uint8_t *mask = arena_alloc((size_t)(words + 8) / 8 + 1);
    mask[0] = 1;  // next
    for (int i = 0; i < n; i++)
        mask_value(cg, mask, (int64_t)LLVMOffsetOfElement(cg->td, rt, (unsigned)(REC_HEADER + i)), ts[i],
                   LLVMStructGetTypeAtIndex(rt, (unsigned)(REC_HEADER + i)));
    LLVMValueRef m = cg_cstring(cg, (const char *)mask, (words + 7) / 8, ".ptrmask");
    return cg_build_desc(cg, name, size, GOKIND_STRUCT, m);
}

static bool runs_once(CgDefer *d, Stmt *s) {
    for (int i = 0; i < d->once.len; i++)
        if (VEC_AT(d->once, i) == s)
            return true;
    return false;
}

// ---------------------------------------------------------------- the thunk

// Does the call need its function value saved (anything but a direct call)?
// For an interface method call i.M(...) that value is the interface i.
static bool saves_fn(Expr *c) {
    Expr *fn = cg_unparen(c->fn);
    if (c->call_kind == CALL_CLOSURE || c->call_kind == CALL_METHOD)
        return true;
    return c->call_kind == CALL_FUNC && !(fn->kind == EXPR_IDENT && fn->obj && fn->obj->kind == OBJ_FUNC) &&
           !(fn->kind == EXPR_SELECTOR && fn->obj && fn->obj->kind == OBJ_FUNC);
}

typedef struct Saved {
    int n;
    Expr *es[66];     // the saved operands (the function value first when saved)
    Type *ts[66];
    bool big[66];
    LLVMValueRef vals[66];
} Saved;

// Generates the thunk: loads the saved values and makes the call.
static LLVMValueRef gen_thunk(Cg *cg, Expr *c, LLVMTypeRef rt, Saved *sv, bool fn_saved) {
    CgDefer *d = cg->defer;
    const char *name = arena_sprintf("%s.deferwrap%d", cg->fn ? cg->fn->name : "main", ++d->nthunks);
    LLVMTypeRef ft = LLVMFunctionType(cg->t_void, &cg->t_ptr, 1, 0);
    LLVMValueRef fn = LLVMAddFunction(cg->mod, name, ft);
    LLVMSetLinkage(fn, LLVMPrivateLinkage);
    keep_frame_pointer(cg, fn);

    // Generate it now, between two instructions of the current function.
    LLVMBasicBlockRef saved_bb = LLVMGetInsertBlock(cg->b);
    LLVMValueRef saved_llfn = cg->llfn, saved_closure = cg->closure;
    LLVMBasicBlockRef saved_entry = cg->entry_bb, *saved_ft = cg->fallthrough_to;
    int saved_nhoisted = cg->nhoisted;
    cg->llfn = fn;
    cg->closure = NULL;
    cg->defer = NULL;
    cg->fallthrough_to = NULL;
    cg->entry_bb = LLVMAppendBasicBlockInContext(cg->ctx, fn, "entry");
    cg_set_block(cg, cg->entry_bb);

    LLVMValueRef rec = LLVMGetParam(fn, 0);
    LLVMTypeRef i32 = cg->t_i32;
    LLVMValueRef zero = LLVMConstInt(cg->t_i32, 0, 0);
    LLVMValueRef fa = cg_intrinsic(cg, "llvm.frameaddress.p0", cg->t_ptr, &i32, 1, &zero, "fa");
    LLVMBuildStore(cg->b, fa, LLVMBuildStructGEP2(cg->b, rt, rec, 2, ""));

    Expr *cc = NEW(Expr);
    *cc = *c;
    cc->args = (Vec){0};
    for (int i = 0; i < sv->n; i++) {
        LLVMTypeRef lt = LLVMStructGetTypeAtIndex(rt, (unsigned)(REC_HEADER + i));
        LLVMValueRef v = LLVMBuildLoad2(cg->b, lt, LLVMBuildStructGEP2(cg->b, rt, rec, (unsigned)(REC_HEADER + i), ""), "");
        if (sv->big[i])
            v = cg_big_from(cg, sv->ts[i], v);
        Expr *se = NEW(Expr);
        se->kind = EXPR_CALL;
        se->pos = sv->es[i]->pos;
        se->type = sv->ts[i];
        cg_hoist_value(cg, se, v);
        if (i == 0 && fn_saved && c->call_kind == CALL_METHOD) {
            Expr *sel = NEW(Expr);  // i.M(...): the interface value was saved
            *sel = *cg_unparen(c->fn);
            sel->x = se;
            cc->fn = sel;
        } else if (i == 0 && fn_saved)
            cc->fn = se;
        else
            vec_push(&cc->args, se);
    }
    cg_call(cg, cc);
    if (!cg_terminated(cg))
        LLVMBuildRetVoid(cg->b);

    cg->llfn = saved_llfn;
    cg->closure = saved_closure;
    cg->defer = d;
    cg->fallthrough_to = saved_ft;
    cg->entry_bb = saved_entry;
    cg->nhoisted = saved_nhoisted;
    cg_set_block(cg, saved_bb);
    return fn;
}

void cg_defer_stmt(Cg *cg, Stmt *s) {
    CgDefer *d = cg->defer;
    Expr *c = cg_unparen(s->x);
    if (!d || !c || c->kind != EXPR_CALL)
        cg_fail(cg, s->pos, "defer outside a function with a defer frame");
    if (c->args.len > 64)
        cg_fail(cg, s->pos, "too many arguments");
    Saved *sv = arena_alloc(sizeof(Saved));
    bool fn_saved = saves_fn(c);
    cg->nhoisted = 0;
    if (fn_saved) {
        Expr *f = c->call_kind == CALL_METHOD ? cg_unparen(c->fn)->x : c->fn;
        cg_hoist(cg, f, false);
        sv->es[sv->n++] = f;
    }
    cg_hoist_list(cg, &c->args, false);
    for (int i = 0; i < c->args.len; i++)
        sv->es[sv->n++] = VEC_AT(c->args, i);
    LLVMTypeRef fs[70];
    fs[0] = fs[1] = fs[2] = cg->t_ptr;
    for (int i = 0; i < sv->n; i++) {
        Expr *e = sv->es[i];
        sv->ts[i] = e->type;
        sv->big[i] = e->type && e->type->kind != TYPE_TUPLE && cg_is_big(e->type);
        sv->vals[i] = cg_expr(cg, e);
        if (sv->big[i])
            sv->vals[i] = cg_big_to_aggregate(cg, sv->vals[i]);
        fs[REC_HEADER + i] = LLVMTypeOf(sv->vals[i]);
    }
    LLVMTypeRef rt = LLVMStructTypeInContext(cg->ctx, fs, (unsigned)(REC_HEADER + sv->n), 0);
    LLVMValueRef thunk = gen_thunk(cg, c, rt, sv, fn_saved);
    LLVMValueRef rec;
    if (runs_once(d, s)) {
        rec = cg_entry_alloca(cg, rt, "defer.rec");
    } else {
        LLVMValueRef args[] = {cg_i64(cg, cg_sizeof(cg, rt)),
                               record_desc(cg, rt, sv->ts, sv->n, LLVMGetValueName(thunk))};
        rec = cg_rt_call(cg, "gc_alloc", args, 2, "defer.rec");
    }
    LLVMBuildStore(cg->b, thunk, LLVMBuildStructGEP2(cg->b, rt, rec, 1, ""));
    for (int i = 0; i < sv->n; i++)
        LLVMBuildStore(cg->b, sv->vals[i], LLVMBuildStructGEP2(cg->b, rt, rec, (unsigned)(REC_HEADER + i), ""));
    LLVMValueRef args[] = {d->frame, rec};
    rt_void(cg, "rt_defer_push", args, 2);
}

// ---------------------------------------------------------------- recover

LLVMValueRef cg_recover(Cg *cg, Expr *e) {
    (void)e;
    add_fn_attr(cg, cg->llfn, "noinline");
    keep_frame_pointer(cg, cg->llfn);
    LLVMTypeRef i32 = cg->t_i32, pt = cg->t_ptr;
    LLVMValueRef one = LLVMConstInt(cg->t_i32, 1, 0);
    LLVMValueRef fa = cg_intrinsic(cg, "llvm.frameaddress.p0", cg->t_ptr, &i32, 1, &one, "caller.fa");
    return cg_intrinsic(cg, "rt_gorecover", cg->t_iface, &pt, 1, &fa, "recovered");
}
