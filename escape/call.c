// call.c: calls -- arguments flow to parameters through the callee's summary.
//
// A call to a function already analysed (an earlier batch: the callee's
// strongly connected component was finished first) uses its parameter
// summary: each argument flows to the heap, the mutator, the callee
// pseudo-location, and to the call's results, each with the dereference
// count the summary recorded.  A callee of the same batch is not summarised
// yet, so arguments flow straight into its parameter locations and its
// result locations flow to the call's results.  A callee not known
// statically (a call through a func value) may do anything: arguments flow
// to the heap.
//
// Builtins follow gc (escape/call.go): append's appended values escape (they
// may be copied into a heap array); copy and clear mutate their operand;
// panic's argument escapes; print, len and friends keep nothing.  The
// functions of fmt, strconv, math and os gosub implements natively
// (intrinsics) carry the summaries gc computes for their Go sources: fmt's
// ...any parameter leaks its content (the boxed values escape, the slice does
// not); everything else leaks nothing.
#include "esc.h"

#include <string.h>

bool esc_in_batch(Func *fn) {
    FuncState s = esc_info(fn)->state;
    return s == FN_PLANNED || s == FN_STARTED;
}

static bool is_blank_param(Obj *o) {
    return !o || !o->name || !o->name[0] || strcmp(o->name, "_") == 0 || o->name[0] == '~';
}

static Hole call_note(Esc *e, Hole k, Expr *call) {
    return hole_note(e->b, k, esc_text(call), call->pos, "call parameter");
}

// Flows arg into k (and, inside go/defer, also into where the deferred
// call's arguments are kept).
static void argument(Esc *e, Hole k, Expr *call, Expr *arg) {
    k = call_note(e, k, call);
    if (e->go_defer_k) {
        Hole both[2] = {k, *e->go_defer_k};
        Hole *saved = e->go_defer_k;
        e->go_defer_k = NULL;
        if (k.derefs >= 0 && both[1].derefs >= 0)
            k = esc_tee(e, both, 2);
        else
            k = esc_heap_hole(e);
        esc_expr(e, k, arg);
        e->go_defer_k = saved;
        return;
    }
    esc_expr(e, k, arg);
}

// Where an argument for parameter i of fn goes (gc's tagHole).
Hole esc_tag_hole(Esc *e, Hole *ks, int nks, Func *fn, int i) {
    if (!fn)
        return esc_heap_hole(e);
    if (i >= fn->params.len)
        return esc_heap_hole(e);
    Obj *param = VEC_AT(fn->params, i);
    if (esc_in_batch(fn)) {
        if (is_blank_param(param))
            return esc_discard_hole(e);
        Loc *l = esc_var_loc(param);
        return l ? esc_hole(l) : esc_heap_hole(e);
    }
    FuncInfo *fi = esc_info(fn);
    Leaks lk = fi->param_leaks ? fi->param_leaks[i] : leaks_heap();
    Hole tag[3 + ESC_RESULTS];
    int n = 0;
    int x;
    if ((x = leaks_get(&lk, LEAK_HEAP)) >= 0)
        tag[n++] = hole_shift(esc_heap_hole(e), x);
    if ((x = leaks_get(&lk, LEAK_MUTATOR)) >= 0)
        tag[n++] = hole_shift(esc_mutator_hole(e), x);
    if ((x = leaks_get(&lk, LEAK_CALLEE)) >= 0)
        tag[n++] = hole_shift(esc_callee_hole(e), x);
    for (int r = 0; r < nks && r < ESC_RESULTS; r++)
        if ((x = leaks_get(&lk, LEAK_RESULT0 + r)) >= 0)
            tag[n++] = hole_shift(ks[r], x);
    return esc_tee(e, tag, n);
}

static Type *arg_type(Expr *x) { return x ? x->type : NULL; }

// f(g()) with g returning several values: g's results feed f's parameters.
static bool multi_value_arg(Esc *e, Expr *call, Func *fn, int nparams, Hole *ks, int nks) {
    if (call->args.len != 1 || nparams < 2)
        return false;
    Expr *a = VEC_AT(call->args, 0);
    Type *t = arg_type(a);
    if (!t || t->kind != TYPE_TUPLE || a->kind != EXPR_CALL)
        return false;
    Hole *pk = arena_alloc(sizeof(Hole) * (size_t)nparams);
    for (int i = 0; i < nparams; i++)
        pk[i] = call_note(e, esc_tag_hole(e, ks, nks, fn, i), call);
    esc_call(e, pk, nparams, a);
    return true;
}

static void intrinsic_call(Esc *e, Expr *call);

static void func_call(Esc *e, Hole *ks, int nks, Expr *call) {
    // Inside its own package an intrinsic's calls were checked before its
    // //gosub:intrinsic directive was read (fmt.Fprintf calling Sprintf).
    if (esc_static_intrinsic(call->fn)) {
        intrinsic_call(e, call);
        return;
    }
    Func *fn = esc_static_callee(call->fn);
    if (fn && !fn->body && fn->noescape) {
        // A runtime primitive keeping nothing may still write through its
        // pointers or call them, as gc assumes of a //go:noescape function.
        for (int i = 0; i < call->args.len; i++) {
            Hole two[2] = {esc_mutator_hole(e), esc_callee_hole(e)};
            argument(e, esc_tee(e, two, 2), call, VEC_AT(call->args, i));
        }
        return;
    }
    if (fn && !fn->body && !esc_info(fn)->param_leaks)
        fn = NULL;  // declared without a body: assume the worst
    if (nks > 0 && fn && esc_in_batch(fn)) {
        for (int i = 0; i < nks && i < fn->results.len; i++) {
            Obj *r = VEC_AT(fn->results, i);
            Loc *l = esc_var_loc(r);
            Hole k = ks[i];
            if (k.derefs >= 0 && (!r->type || !type_has_pointers(r->type)))
                continue;
            if (l)
                esc_flow(e->b, k, l);
        }
    }
    // The callee operand: a closure called where its results go somewhere
    // untracked must assume they escape.
    Hole calleek = esc_discard_hole(e);
    if (!fn)
        for (int i = 0; i < nks; i++)
            if (ks[i].dst != &e->b->blank) {
                calleek = hole_note(e->b, esc_callee_hole(e), esc_text(call), call->pos, "callee operand");
                break;
            }
    // go/defer keep the func value until the call runs, too.
    Hole *deferred = e->go_defer_k;
    e->go_defer_k = NULL;
    if (deferred) {
        Hole both[2] = {calleek, *deferred};
        calleek = deferred->derefs >= 0 ? esc_tee(e, both, 2) : esc_heap_hole(e);
    }
    esc_expr(e, calleek, call->fn);
    e->go_defer_k = deferred;

    Type *sig = fn ? fn->sig : (call->fn->type ? type_under(call->fn->type) : NULL);
    int nparams = sig && sig->kind == TYPE_FUNC ? sig->nparams : call->args.len;
    if (multi_value_arg(e, call, fn, nparams, ks, nks))
        return;
    for (int i = 0; i < call->args.len; i++)
        argument(e, esc_tag_hole(e, ks, nks, fn, i), call, VEC_AT(call->args, i));
}

static bool is_fmt(Intrinsic in) {
    switch (in) {
    case INTR_FMT_PRINT: case INTR_FMT_PRINTLN: case INTR_FMT_PRINTF:
    case INTR_FMT_SPRINT: case INTR_FMT_SPRINTLN: case INTR_FMT_SPRINTF:
        return true;
    default:
        return false;
    }
}

// The natively implemented functions, with gc's summaries of their Go
// sources: fmt's ...any leaks its content to the heap; nothing else leaks.
static void intrinsic_call(Esc *e, Expr *call) {
    Intrinsic in = call->intrinsic;
    if (in == INTR_NONE)
        in = esc_static_intrinsic(call->fn);
    int n = call->args.len;
    for (int i = 0; i < n; i++) {
        Expr *a = VEC_AT(call->args, i);
        Hole k = esc_discard_hole(e);
        if (is_fmt(in) && i == n - 1)
            k = hole_shift(esc_heap_hole(e), 1);
        argument(e, k, call, a);
    }
}

static Expr *arg(Expr *call, int i) { return i < call->args.len ? VEC_AT(call->args, i) : NULL; }

static bool slice_of_pointers(Expr *x) {
    Type *t = x && x->type ? type_under(x->type) : NULL;
    return t && t->kind == TYPE_SLICE && type_has_pointers(t->elem);
}

static void append_call(Esc *e, Hole *ks, int nks, Expr *call) {
    Hole k0 = nks ? ks[0] : esc_discard_hole(e);
    Expr *s = arg(call, 0);
    Hole two[2] = {k0, esc_mutator_hole(e)};
    Hole appendee = esc_tee(e, two, 2);
    if (slice_of_pointers(s)) {
        Hole more[2] = {appendee, hole_deref(e->b, esc_heap_hole(e), esc_text(call), call->pos, "appendee slice")};
        appendee = esc_tee(e, more, 2);
    }
    argument(e, appendee, call, s);
    if (call->has_dots) {
        Expr *t = arg(call, 1);
        Hole appended = esc_discard_hole(e);
        if (slice_of_pointers(t))
            appended = hole_deref(e->b, esc_heap_hole(e), esc_text(call), call->pos, "appended slice...");
        argument(e, appended, call, t);
    } else {
        for (int i = 1; i < call->args.len; i++)
            argument(e, esc_heap_hole(e), call, arg(call, i));
    }
    // The backing store append may allocate; its address flows to the
    // result.  It is reused only by the append that made it, so it is outside
    // any loop.
    if (call->site) {
        Loc *l = esc_new_loc(e, call->site, NULL, false);
        l->is_append = true;
        esc_spill(e, k0, l);
        l->loop_depth = 0;
    }
}

// make([]T, len[, cap]) with a size gc knows statically: rewritten to the
// literal (rewriteWithLiterals), which the -m text shows and codegen may
// allocate at a fixed size.
static void make_static_size(Loc *l, Expr *call) {
    Site *site = l->site;
    Expr *r = call->args.len >= 3 ? arg(call, 2) : arg(call, 1);
    if (!r || r->is_const || !site)
        return;
    int64_t v;
    if (!esc_static_int(r, &v) || v < 0)
        return;
    site->count = v;
    site->size = site->type ? v * site->type->size : -1;
    // Replace the last argument of the text: "make([]int, 0, l)" -> "make([]int, 0, 20)".
    const char *t = site->text;
    if (!t)
        return;
    int depth = 0, cut = -1;
    for (int i = 0; t[i]; i++) {
        if (t[i] == '(' || t[i] == '[' || t[i] == '{')
            depth++;
        else if (t[i] == ')' || t[i] == ']' || t[i] == '}')
            depth--;
        else if (t[i] == ',' && depth == 1)
            cut = i;
    }
    if (cut < 0)
        return;
    l->text = arena_sprintf("%.*s, %lld)", cut, t, (long long)v);
}

static void make_call(Esc *e, Hole *ks, int nks, Expr *call) {
    Hole k0 = nks ? ks[0] : esc_discard_hole(e);
    Expr *t = arg(call, 0);
    Type *ty = t && t->type ? type_under(t->type) : NULL;
    if (call->site && ty && (ty->kind == TYPE_SLICE || ty->kind == TYPE_MAP)) {
        Loc *l = esc_new_loc(e, call->site, NULL, false);
        if (ty->kind == TYPE_SLICE)
            make_static_size(l, call);
        esc_spill(e, k0, l);
    }
    for (int i = 1; i < call->args.len; i++)
        esc_discard(e, arg(call, i));
}

static void builtin_call(Esc *e, Hole *ks, int nks, Expr *call) {
    Hole k0 = nks ? ks[0] : esc_discard_hole(e);
    switch (call->builtin) {
    case BUILTIN_APPEND: append_call(e, ks, nks, call); break;
    case BUILTIN_COPY: {
        argument(e, esc_mutator_hole(e), call, arg(call, 0));
        Hole copied = esc_discard_hole(e);
        if (slice_of_pointers(arg(call, 1)))
            copied = hole_deref(e->b, esc_heap_hole(e), esc_text(call), call->pos, "copied slice");
        argument(e, copied, call, arg(call, 1));
        break;
    }
    case BUILTIN_PANIC: argument(e, esc_heap_hole(e), call, arg(call, 0)); break;
    case BUILTIN_MIN: case BUILTIN_MAX:
        for (int i = 0; i < call->args.len; i++)
            argument(e, k0, call, arg(call, i));
        break;
    case BUILTIN_CLEAR: argument(e, esc_mutator_hole(e), call, arg(call, 0)); break;
    case BUILTIN_NEW:
        if (call->site)
            esc_spill(e, k0, esc_new_loc(e, call->site, NULL, false));
        break;
    case BUILTIN_MAKE: make_call(e, ks, nks, call); break;
    default:  // len, cap, print, println, delete, close, complex, real, imag, recover
        for (int i = 0; i < call->args.len; i++)
            esc_discard(e, arg(call, i));
        break;
    }
}

// Anything else (method calls arrive with issue 4): the callee is unknown.
static void unknown_call(Esc *e, Expr *call) {
    esc_expr(e, esc_heap_hole(e), call->fn);
    for (int i = 0; i < call->args.len; i++)
        argument(e, esc_heap_hole(e), call, arg(call, i));
}

void esc_call(Esc *e, Hole *ks, int nks, Expr *call) {
    switch (call->call_kind) {
    case CALL_FUNC: case CALL_CLOSURE: func_call(e, ks, nks, call); break;
    case CALL_INTRINSIC: intrinsic_call(e, call); break;
    case CALL_BUILTIN: builtin_call(e, ks, nks, call); break;
    default: unknown_call(e, call); break;
    }
}
