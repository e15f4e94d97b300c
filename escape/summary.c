// summary.c: parameter leak summaries and the order functions are analysed in.
//
// A function's summary says, for each parameter, where its value may flow:
// to the heap, or to each of its results, and through how many dereferences
// (gc's "parameter tags", escape/leaks.go):
//
//     func id(p *int) *int { return p }       // p -> ~r0, 0 derefs
//     func get(p **int) *int { return *p }    // p -> ~r0, 1 deref
//     func keep(p **int) { sink = *p }        // p -> heap, 1 deref: "leaking param content"
//
// Callers apply a callee's summary instead of re-walking its body, which
// requires analysing callees first: functions are visited per strongly
// connected component of the call graph in reverse topological order
// (Tarjan, "Depth-first search and linear graph algorithms", 1972), the
// members of one component (mutual recursion) analysed together as a batch.
// A closure belongs to the batch of the function that contains it.
#include "esc.h"

#include <string.h>

// ---------------------------------------------------------------- leaks

int leaks_get(const Leaks *l, int slot) { return (int)l->v[slot] - 1; }

static void leaks_set(Leaks *l, int slot, int derefs) {
    int v = derefs + 1;
    if (v > 255)
        v = 255;  // deeper than anyone can dereference: saturate as gc does
    l->v[slot] = (uint8_t)v;
}

void leaks_add(Leaks *l, int slot, int derefs) {
    int old = leaks_get(l, slot);
    if (old < 0 || derefs < old)
        leaks_set(l, slot, derefs);
}

// A flow to the heap makes equal or longer flows elsewhere irrelevant.
void leaks_optimize(Leaks *l) {
    int x = leaks_get(l, LEAK_HEAP);
    if (x < 0)
        return;
    for (int i = 1; i < LEAK_SLOTS; i++)
        if (leaks_get(l, i) >= x)
            l->v[i] = 0;
}

Leaks leaks_heap(void) {
    Leaks l = {0};
    leaks_add(&l, LEAK_HEAP, 0);
    return l;
}

// ---------------------------------------------------------------- per-function state

static PtrMap infos;  // Func* -> FuncInfo*

void esc_summary_reset(void) { ptrmap_clear(&infos); }

FuncInfo *esc_info(Func *fn) {
    FuncInfo *fi = ptrmap_get(&infos, fn);
    if (!fi) {
        fi = NEW(FuncInfo);
        fi->fn = fn;
        fi->tarjan_index = -1;
        ptrmap_put(&infos, fn, fi);
    }
    return fi;
}

// ---------------------------------------------------------------- the call graph

static Func *outermost(Func *f) {
    while (f && f->outer)
        f = f->outer;
    return f;
}

static void refs_stmt(FuncInfo *fi, Stmt *s);
static void refs_expr(FuncInfo *fi, Expr *x);

static void refs_list(FuncInfo *fi, Vec *v) {
    for (int i = 0; i < v->len; i++)
        refs_expr(fi, VEC_AT(*v, i));
}

static void refs_stmts(FuncInfo *fi, Vec *v) {
    for (int i = 0; i < v->len; i++)
        refs_stmt(fi, VEC_AT(*v, i));
}

static void refs_block(FuncInfo *fi, Block *b) {
    if (b)
        refs_stmts(fi, &b->stmts);
}

// Every top-level function named anywhere in x (called or used as a value).
static void refs_expr(FuncInfo *fi, Expr *x) {
    if (!x || x->is_type)
        return;
    if ((x->kind == EXPR_IDENT || x->kind == EXPR_SELECTOR) && x->obj && x->obj->kind == OBJ_FUNC) {
        Func *f = x->obj->func;
        if (f && f->body)
            vec_push(&fi->callees, outermost(f));
        if (x->kind == EXPR_IDENT)
            return;
    }
    refs_expr(fi, x->x);
    refs_expr(fi, x->y);
    refs_expr(fi, x->index);
    refs_expr(fi, x->lo);
    refs_expr(fi, x->hi);
    refs_expr(fi, x->max);
    refs_expr(fi, x->fn);
    refs_list(fi, &x->args);
    refs_list(fi, &x->elts);
    refs_expr(fi, x->key);
    refs_expr(fi, x->value);
    if (x->kind == EXPR_FUNC_LIT)
        refs_block(fi, x->func ? x->func->body : x->body);
}

static void refs_stmt(FuncInfo *fi, Stmt *s) {
    if (!s)
        return;
    if (s->decl && s->decl->kind == DECL_VAR)
        for (int i = 0; i < s->decl->specs.len; i++)
            refs_list(fi, &((Spec *)VEC_AT(s->decl->specs, i))->values);
    refs_stmt(fi, s->stmt);
    refs_expr(fi, s->x);
    refs_expr(fi, s->y);
    refs_list(fi, &s->lhs);
    refs_list(fi, &s->rhs);
    refs_stmt(fi, s->init);
    refs_stmt(fi, s->post);
    refs_expr(fi, s->cond);
    refs_block(fi, s->body);
    refs_stmt(fi, s->else_);
    for (int i = 0; i < s->clauses.len; i++) {
        CaseClause *c = VEC_AT(s->clauses, i);
        refs_list(fi, &c->exprs);
        refs_stmts(fi, &c->body);
    }
    refs_stmt(fi, s->assign);
    refs_expr(fi, s->key);
    refs_expr(fi, s->value);
}

// Tarjan's strongly connected components, callees first.  Iterative: a
// chain of calls as long as the program must not exhaust the C stack.
typedef struct Tarjan {
    int index;
    Vec stack;  // of FuncInfo*: the component being built
    void (*visit)(Vec *batch, void *arg);
    void *arg;
} Tarjan;

typedef struct Frame {
    FuncInfo *v;
    int next;   // the next callee of v to look at
} Frame;

// v is the root of a component: pop it off the stack and analyse it.
static void emit_component(Tarjan *t, FuncInfo *v) {
    Vec batch = {0};
    FuncInfo *w;
    do {
        w = t->stack.data[--t->stack.len];
        w->on_stack = false;
        vec_push(&batch, w->fn);
    } while (w != v);
    // Source order inside a batch, as gc visits them.
    for (int i = 0, j = batch.len - 1; i < j; i++, j--) {
        void *tmp = batch.data[i];
        batch.data[i] = batch.data[j];
        batch.data[j] = tmp;
    }
    t->visit(&batch, t->arg);
}

static void open_node(Tarjan *t, Frame **frames, int *n, int *cap, FuncInfo *v) {
    v->tarjan_index = v->tarjan_low = t->index++;
    vec_push(&t->stack, v);
    v->on_stack = true;
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 64;
        Frame *f = arena_alloc(sizeof(Frame) * (size_t)*cap);
        for (int i = 0; i < *n; i++)
            f[i] = (*frames)[i];
        *frames = f;
    }
    (*frames)[(*n)++] = (Frame){.v = v};
}

static void strongconnect(Tarjan *t, FuncInfo *root) {
    Frame *frames = NULL;
    int n = 0, cap = 0;
    open_node(t, &frames, &n, &cap, root);
    while (n > 0) {
        Frame *f = &frames[n - 1];
        FuncInfo *v = f->v;
        if (f->next < v->callees.len) {
            FuncInfo *w = esc_info(VEC_AT(v->callees, f->next++));
            if (w->tarjan_index < 0)
                open_node(t, &frames, &n, &cap, w);
            else if (w->on_stack && w->tarjan_index < v->tarjan_low)
                v->tarjan_low = w->tarjan_index;
            continue;
        }
        n--;  // v is done: propagate its low link to its caller
        if (n > 0 && v->tarjan_low < frames[n - 1].v->tarjan_low)
            frames[n - 1].v->tarjan_low = v->tarjan_low;
        if (v->tarjan_low == v->tarjan_index)
            emit_component(t, v);
    }
}

void esc_visit_bottom_up(Program *prog, void (*visit)(Vec *batch, void *arg), void *arg) {
    Vec tops = {0};
    for (int i = 0; i < prog->funcs.len; i++) {
        Func *f = VEC_AT(prog->funcs, i);
        if (f->outer || !f->body || f->lit)  // closures go with their function (package-level ones with init)
            continue;
        FuncInfo *fi = esc_info(f);
        refs_block(fi, f->body);
        vec_push(&tops, f);
    }
    Tarjan t = {.visit = visit, .arg = arg};
    for (int i = 0; i < tops.len; i++) {
        FuncInfo *fi = esc_info(VEC_AT(tops, i));
        if (fi->tarjan_index < 0)
            strongconnect(&t, fi);
    }
}
