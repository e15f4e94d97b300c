// escape.c: escape analysis -- deciding, for each allocation site, stack or heap.
//
// The model is gc's (cmd/compile/internal/escape, Go 1.19-1.26), itself a
// descendant of Choi et al., "Escape Analysis for Java" (OOPSLA 1999): a
// flow-insensitive connection graph, summarised per function.
//
// Invariants the pass guarantees (the two gc states):
//   1. no pointer to a stack object is ever stored in the heap;
//   2. no pointer to a stack object outlives the object -- neither its
//      function's frame, nor the loop iteration that declared it.
// Everything else is the analysis trying to prove a site may stay on the
// stack.  A site left unproven is on the heap, which is always correct.
//
// Locations.  Every variable and every allocation site (new, &T{}, make,
// slice literals, closures, interface boxes, string conversions, append's
// growth, ...) is a location; so are four pseudo-locations: the heap, the
// mutator and callee (pointers written through, closures called untracked),
// and the blank hole for discarded values.
//
// Edges.  Every assignment, explicit or implied (arguments, results,
// captures, composite literal elements), is an edge dst <- src weighted by
// dereferences minus address-ofs:
//
//     p = &q    // -1
//     p = q     //  0
//     p = *q    //  1
//     p = **q   //  2
//     p = **&**&q  // 2
//
// & applies only to addressable expressions and &x is not addressable, so a
// weight is never below -1.  Fields and elements are not told apart:
// x.f = u[0] is x = *u.
//
// Solving (solve.c).  From every location, walk the edges backwards keeping
// the minimal dereference count (Bellman-Ford; counts below 0 are clamped at
// 0 past the first &).  A location whose address (count -1) reaches one that
// outlives it -- the heap; a result; a variable declared outside its loop; a
// variable of an enclosing function, seen from a closure -- escapes, and
// then everything its address reaches escapes too.  Worked example:
//
//     func f() *int {
//         x := 1        // location x
//         p := &x       // p <- x   (-1)
//         return p      // ~r0 <- p (0)
//     }
//
// Walking from ~r0 (a result: outlives f's frame): p at 0, x at -1.  x's
// address reaches ~r0, so x escapes: "moved to heap: x".
//
// Interprocedural (summary.c, call.c).  Functions are analysed in batches,
// one strongly connected component of the call graph at a time, callees
// first.  When a batch is solved each parameter gets a summary: the minimal
// dereference count of its flows to the heap and to each result
// ("leaking param: p to result ~r0 level=0").  A call to an analysed function
// applies the summary; a call inside the batch (recursion) connects arguments
// to parameters directly; a call through an unknown func value sends every
// argument to the heap.  Closures are analysed with their enclosing function:
// a variable captured by reference flows to the closure as its address (-1),
// one captured by value as its value (0).
//
// Size limits (gc's ir.MaxStackVarSize and MaxImplicitStackVarSize): a
// variable larger than 128 KiB, and an implicit allocation (new, &T{},
// make, closure) larger than 64 KiB, flow to the heap from the start ("too
// large for stack").  A make whose size is not constant stays eligible for
// the stack (Go 1.25+): codegen gives it a 32-byte buffer and falls back to
// the heap at run time when the size does not fit.  A size held by a
// variable that provably still holds its constant initialiser is that
// constant (gc's rewriteWithLiterals: l := 20; make([]int, 0, l) is
// make([]int, 0, 20)); static.c finds such values.
//
// Package initialisation (var x = ... at package level) is analysed last,
// as gc's init function: what it stores in package variables escapes.
//
// Known imprecision, shared with gc and recorded as // BAD: in
// tests/escape: fields and elements are not told apart; a store through any
// pointer goes to the heap; within a recursive batch a flow through another
// function's result counts as a heap leak.
//
// Output: Site.decision (SITE_STACK only when proven) and Site.reason, and
// with -m gc's diagnostics (report.c).  With escape analysis off every site
// is on the heap.
#include "esc.h"

#include <string.h>

// gc's ir.MaxStackVarSize: variables larger than this live on the heap.
enum { MAX_STACK_VAR = 128 * 1024 };
// gc's ir.MaxImplicitStackVarSize: the limit for new, &T{}, make, closures.
enum { MAX_IMPLICIT_STACK_VAR = 64 * 1024 };

static void send_all_to_heap(Program *prog, const char *reason) {
    for (int i = 0; i < prog->sites.len; i++) {
        Site *s = prog->sites.data[i];
        s->decision = SITE_HEAP;
        s->reason = reason;
    }
}

// A variable too large for the stack must live on the heap even when its
// address is never taken; give it a SITE_VAR site so codegen allocates it
// there (the checker creates sites only for address-taken variables).
static void size_var_sites(Program *prog) {
    for (int i = 0; i < prog->funcs.len; i++) {
        Func *f = VEC_AT(prog->funcs, i);
        for (int j = 0; j < f->locals.len; j++) {
            Obj *v = VEC_AT(f->locals, j);
            if (v->site || v->is_param || v->is_result || !v->type || v->type->size <= MAX_STACK_VAR)
                continue;
            Site *s = NEW(Site);
            s->kind = SITE_VAR;
            s->id = prog->sites.len;
            s->pos = v->pos;
            s->func = f;
            s->type = v->type;
            s->count = 1;
            s->size = v->type->size;
            s->text = v->name;
            s->var = v;
            s->loop_depth = v->loop_depth;
            s->decision = SITE_HEAP;
            v->site = s;
            vec_push(&prog->sites, s);
            vec_push(&f->sites, s);
        }
    }
}

// Locations for fn's variables (params and results included), and for those
// of the closures it contains (gc's initFunc).
static void init_func(Batch *b, Func *fn) {
    Esc e = {.b = b, .fn = fn, .loop_depth = 1};
    esc_info(fn)->state = FN_PLANNED;
    Vec *lists[] = {&fn->params, &fn->results, &fn->locals};
    for (int li = 0; li < 3; li++) {
        for (int i = 0; i < lists[li]->len; i++) {
            Obj *v = VEC_AT(*lists[li], i);
            if (!v || esc_var_loc(v))
                continue;
            esc_bind_var(v, esc_new_loc(&e, v->site, v, true));
        }
    }
    for (int i = 0; i < fn->results.len; i++) {
        Loc *l = esc_var_loc(VEC_AT(fn->results, i));
        if (l) {
            l->result_index = i + 1;
            l->is_result = true;
        }
    }
    for (int i = 0; i < fn->params.len; i++) {
        Loc *l = esc_var_loc(VEC_AT(fn->params, i));
        if (l)
            l->is_param = true;
    }
    for (int i = 0; i < fn->closures.len; i++)
        init_func(b, VEC_AT(fn->closures, i));
}

// Captured variables flow into the closure's storage: by reference as their
// address, by value as their value (decided by the checker, gc's rule).
static void flow_closure(Batch *b, ClosureFlow *cf) {
    for (int i = 0; i < cf->fn->captures.len; i++) {
        Capture *c = VEC_AT(cf->fn->captures, i);
        Loc *l = esc_var_loc(c->var);
        if (!l)
            continue;
        Hole k = cf->k;
        if (b->verbosity >= 2)
            esc_report(c->var->pos, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)",
                       esc_func_name(c->var->func), c->by_ref ? "ref" : "value", c->var->name,
                       l->addrtaken ? "true" : "false", l->reassigned ? "true" : "false",
                       (long long)(c->var->type ? c->var->type->size : 0));
        Pos use = b->verbosity >= 2 ? esc_capture_pos(cf->fn, c->var) : c->var->pos;
        if (c->by_ref)
            k = hole_addr(b, k, c->var->name, use, "reference");
        esc_flow(b, hole_note(b, k, c->var->name, use, "captured by a closure"), l);
    }
}

// Why the location must be on the heap whatever flows (gc's HeapAllocReason).
static const char *heap_alloc_reason(Loc *l) {
    if (l->var) {
        if (l->var->is_param || l->var->is_result || !l->var->type)
            return NULL;
        return l->var->type->size > MAX_STACK_VAR ? "too large for stack" : NULL;
    }
    Site *s = l->site;
    if (!s || !s->type)
        return NULL;
    switch (s->kind) {
    case SITE_NEW: case SITE_ADDR_LIT:
        return s->type->size > MAX_IMPLICIT_STACK_VAR ? "too large for stack" : NULL;
    case SITE_CLOSURE:
        return s->size > MAX_IMPLICIT_STACK_VAR ? "too large for stack" : NULL;
    case SITE_MAKE_SLICE:
        if (s->type->size == 0)
            return "zero-sized element";  // gc: not yet stack allocated (go.dev/issue/65685)
        if (s->count < 0)
            return NULL;  // a run-time size: eligible, codegen checks it fits
        return s->count > MAX_IMPLICIT_STACK_VAR / s->type->size ? "too large for stack" : NULL;
    default:
        return NULL;
    }
}

// Closures, size limits, then the walk and the decisions.
static void solve_batch(Batch *b) {
    for (int i = 0; i < b->closures.len; i++)
        flow_closure(b, VEC_AT(b->closures, i));
    for (int i = 0; i < b->locs.len; i++) {
        Loc *l = VEC_AT(b->locs, i);
        const char *why = heap_alloc_reason(l);
        if (why) {
            l->heap_reason = why;
            esc_flow(b, hole_addr(b, esc_hole(&b->heap), l->text, l->pos, why), l);
        }
    }
    esc_walk_all(b);
    esc_finish(b);
}

static void batch(Vec *funcs, void *arg) {
    const EscOptions *opt = arg;
    Batch b = {.verbosity = opt->verbosity, .funcs = funcs};
    b.heap.attrs = ATTR_ESCAPES | ATTR_PERSISTS | ATTR_MUTATES | ATTR_CALLS;
    b.mutator.attrs = ATTR_MUTATES;
    b.callee.attrs = ATTR_CALLS;
    for (int i = 0; i < funcs->len; i++)
        init_func(&b, VEC_AT(*funcs, i));
    for (int i = 0; i < funcs->len; i++)
        esc_walk_func(&b, VEC_AT(*funcs, i));
    solve_batch(&b);
}

static Expr *unparen(Expr *x) {
    while (x && x->kind == EXPR_PAREN)
        x = x->x;
    return x;
}

// gc lays out package-level composite literals, their addresses and func
// literals without captures as static data (staticinit) before escape
// analysis: they allocate nothing and get no -m line; what is computed
// inside them at run time is stored into that data, the heap.
static void static_init(Esc *e, Hole k, Expr *x) {
    x = unparen(x);
    if (!x)
        return;
    Expr *lit = x;
    if (x->kind == EXPR_UNARY && x->op == TOK_AND && x->site && x->site->kind == SITE_ADDR_LIT)
        lit = unparen(x->x);
    if (lit->kind == EXPR_COMPOSITE && lit->type && type_under(lit->type)->kind != TYPE_MAP) {
        for (Site *s = x->site; s; s = s == lit->site ? NULL : lit->site)
            s->reason = "static data";
        for (int i = 0; i < lit->elts.len; i++) {
            Expr *elt = VEC_AT(lit->elts, i);
            if (elt && elt->kind == EXPR_KEY_VALUE)
                elt = elt->value;
            static_init(e, esc_heap_hole(e), elt);
        }
        return;
    }
    if (x->kind == EXPR_FUNC_LIT && !x->site && x->func) {
        esc_walk_func(e->b, x->func);
        return;
    }
    esc_expr(e, k, x);
}

// Package-level initialisation runs in the package's init function: gc
// analyses it last, as a function of its own (it calls the others, and no
// one calls it).  Every variable it assigns is a global: the heap.
static void init_batch(Program *prog, const EscOptions *opt) {
    if (!prog->inits.len)
        return;
    Func *init = NEW(Func);
    init->name = arena_sprintf("%s.init", prog->main_pkg && prog->main_pkg->name ? prog->main_pkg->name : "main");
    for (int i = 0; i < prog->funcs.len; i++) {  // package-level closures are init's
        Func *f = VEC_AT(prog->funcs, i);
        if (f->lit && !f->outer)
            vec_push(&init->closures, f);
    }
    Vec funcs = {0};
    vec_push(&funcs, init);
    Batch b = {.verbosity = opt->verbosity, .funcs = &funcs};
    b.heap.attrs = ATTR_ESCAPES | ATTR_PERSISTS | ATTR_MUTATES | ATTR_CALLS;
    b.mutator.attrs = ATTR_MUTATES;
    b.callee.attrs = ATTR_CALLS;
    init_func(&b, init);
    esc_info(init)->state = FN_STARTED;
    Esc e = {.b = &b, .fn = init, .loop_depth = 1};
    for (int i = 0; i < prog->inits.len; i++) {
        GlobalInit *gi = VEC_AT(prog->inits, i);
        int n = gi->lhs.len;
        Hole *ks = arena_alloc(sizeof(Hole) * (size_t)(n ? n : 1));
        for (int j = 0; j < n; j++) {
            Obj *g = VEC_AT(gi->lhs, j);
            ks[j] = g ? esc_heap_hole(&e) : esc_discard_hole(&e);
            if (g && gi->rhs && n == 1 && b.verbosity >= 2)
                ks[j] = hole_note(&b, ks[j], arena_sprintf("%s = %s", g->name, esc_text(gi->rhs)), g->pos, "assign");
        }
        if (gi->rhs && n > 1 && gi->rhs->kind == EXPR_CALL)
            esc_call(&e, ks, n, gi->rhs);
        else if (gi->rhs && n == 1 && VEC_AT(gi->lhs, 0))
            static_init(&e, ks[0], gi->rhs);
        else if (gi->rhs)
            esc_expr(&e, n ? ks[0] : esc_discard_hole(&e), gi->rhs);
        for (int j = 0; j < gi->rhs_list.len && j < n; j++) {
            if (VEC_AT(gi->lhs, j))
                static_init(&e, ks[j], VEC_AT(gi->rhs_list, j));
            else
                esc_expr(&e, ks[j], VEC_AT(gi->rhs_list, j));
        }
    }
    solve_batch(&b);
}

void esc_analyze(Program *prog, const EscOptions *opt) {
    if (!opt->enabled) {
        send_all_to_heap(prog, "escape analysis off");
        return;
    }
    esc_graph_reset();
    esc_summary_reset();
    esc_static_reset();
    esc_capture_reset();
    send_all_to_heap(prog, "not analysed: unreachable code or package initialisation");
    size_var_sites(prog);
    esc_visit_bottom_up(prog, batch, (void *)opt);
    init_batch(prog, opt);
    esc_report_flush();
    esc_static_reset();
}
