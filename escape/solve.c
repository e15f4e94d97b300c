// solve.c: finding what escapes -- gc's walkAll / walkOne.
//
// From each location (the root) a walk computes, for every location that
// reaches it, the minimal number of dereferences on a path into the root
// (Bellman-Ford over edges weighted -1..n; a path's count never drops below
// 0 once past an address-of, since "root = &l; l = x" does not flow x's
// address).  When l's address (derefs -1) reaches a root that outlives l, l
// escapes.  When a parameter's value reaches the heap or a result, that is
// recorded in its leak summary.
//
// A location changes attributes at most once per attribute (escapes,
// persists, mutates, calls), and each change re-queues it, so there are
// Θ(locations) walks, each linear in the edges it reaches: in practice
// linear, since batches are small (one SCC of the call graph).
#include "esc.h"

#include <stdlib.h>

// A double-ended queue of locations.
typedef struct Queue {
    Loc **q;
    int head, len, cap;  // cap is a power of two
} Queue;

static void q_grow(Queue *q) {
    int cap = q->cap ? q->cap * 2 : 16;
    Loc **n = malloc(sizeof(Loc *) * (size_t)cap);
    if (!n)
        abort();
    for (int i = 0; i < q->len; i++)
        n[i] = q->q[(q->head + i) & (q->cap - 1)];
    free(q->q);
    q->q = n;
    q->head = 0;
    q->cap = cap;
}

static void push_front(Queue *q, Loc *l) {
    if (q->len == q->cap)
        q_grow(q);
    q->head = (q->head - 1) & (q->cap - 1);
    q->q[q->head] = l;
    q->len++;
}

static void push_back(Queue *q, Loc *l) {
    if (q->len == q->cap)
        q_grow(q);
    q->q[(q->head + q->len) & (q->cap - 1)] = l;
    q->len++;
}

static Loc *pop_front(Queue *q) {
    Loc *l = q->q[q->head];
    q->head = (q->head + 1) & (q->cap - 1);
    q->len--;
    return l;
}

// Is c a closure nested (at any depth) inside f?  (gc's ir.ContainsClosure)
static bool contains_closure(Func *f, Func *c) {
    if (!f || !c || f == c || !c->outer)
        return false;
    for (Func *p = c->outer; p; p = p->outer)
        if (p == f)
            return true;
    return false;
}

// Do values stored in l outlive other if other is on the stack?
bool esc_outlives(Batch *b, Loc *l, Loc *other) {
    if (l->attrs & ATTR_ESCAPES)  // the heap outlives everything
        return true;
    if (l == &b->mutator || l == &b->callee)
        return false;
    // Callers may do anything with results... except that a closure's
    // results stay in its enclosing function when every call is known:
    //     var u int; p := func() *int { return &u }(); *p = 1   // u stays
    if (l->is_result) {
        if (contains_closure(other->fn, l->fn) && !esc_info(l->fn)->closure_results_lost)
            return false;
        return true;
    }
    // Declared outside other's loop: other's address outlives an iteration.
    //     var l *int; for { l = new(int) }   // heap
    if (l->fn == other->fn && l->loop_depth < other->loop_depth)
        return true;
    // other lives in a closure's frame, l in the enclosing function's.
    if (contains_closure(l->fn, other->fn))
        return true;
    return false;
}

typedef struct Walk {
    Batch *b;
    Queue all;
} Walk;

static void enqueue(Walk *w, Loc *l) {
    if (l->queued_all)
        return;
    l->queued_all = true;
    if (l->attrs & ATTR_ESCAPES)  // escaping locations first: faster propagation
        push_front(&w->all, l);
    else
        push_back(&w->all, l);
}

static void leak_to(Loc *param, Loc *sink, int derefs) {
    if (!(sink->attrs & ATTR_ESCAPES) && sink->is_result && sink->fn == param->fn && sink->result_index > 0 &&
        sink->result_index - 1 < ESC_RESULTS) {
        leaks_add(&param->param_esc, LEAK_RESULT0 + sink->result_index - 1, derefs);
        return;
    }
    leaks_add(&param->param_esc, LEAK_HEAP, derefs);
}

static void walk_one(Walk *w, Loc *root, uint32_t gen) {
    Batch *b = w->b;
    root->walkgen = gen;
    root->derefs = 0;
    root->dst = NULL;

    // A closure called where its results are lost: its results now
    // outlive everything; walk again from them.
    if ((root->attrs & ATTR_CALLS) && root->closure) {
        FuncInfo *fi = esc_info(root->closure);
        if (esc_in_batch(fi->fn) && !fi->closure_results_lost) {
            fi->closure_results_lost = true;
            for (int i = 0; i < fi->fn->results.len; i++) {
                Loc *r = esc_var_loc(VEC_AT(fi->fn->results, i));
                if (r)
                    enqueue(w, r);
            }
        }
    }

    Queue todo = {0};
    push_front(&todo, root);
    while (todo.len) {
        Loc *l = pop_front(&todo);
        l->queued_one = 0;
        int derefs = l->derefs;
        uint8_t attrs = 0;
        if (derefs < 0) {  // l's address flows to root
            derefs = 0;
            if (esc_outlives(b, root, l)) {
                if (!(l->attrs & ATTR_ESCAPES) && b->verbosity >= 2 && l->text) {
                    esc_explain(l->pos, "%s escapes to heap in %s:", l->text, esc_func_name(l->fn));
                    esc_explain_path(b, root, l);
                }
                attrs |= ATTR_ESCAPES | ATTR_PERSISTS | ATTR_MUTATES | ATTR_CALLS;
            } else if (root->attrs & ATTR_PERSISTS) {
                attrs |= ATTR_PERSISTS;
            }
        }
        if (derefs == 0)
            attrs |= root->attrs & (ATTR_MUTATES | ATTR_CALLS);
        if (l->is_param) {
            if (esc_outlives(b, root, l)) {
                if (!(l->attrs & ATTR_ESCAPES) && b->verbosity >= 2 && l->text) {
                    esc_explain(l->pos, "parameter %s leaks to %s for %s with derefs=%d:", l->text,
                                esc_loc_name(b, root), esc_func_name(l->fn), derefs);
                    esc_explain_path(b, root, l);
                }
                leak_to(l, root, derefs);
            }
            if (root->attrs & ATTR_MUTATES)
                leaks_add(&l->param_esc, LEAK_MUTATOR, derefs);
            if (root->attrs & ATTR_CALLS)
                leaks_add(&l->param_esc, LEAK_CALLEE, derefs);
        }
        if (attrs & ~l->attrs) {
            l->attrs |= attrs;
            enqueue(w, l);
            if (l->attrs & ATTR_ESCAPES)
                continue;
        }
        for (int i = 0; i < l->nedges; i++) {
            Edge *ed = &l->edges[i];
            Loc *src = ed->src;
            if (src->attrs & ATTR_ESCAPES)
                continue;
            int d = derefs + ed->derefs;
            if (src->walkgen != gen || src->derefs > d) {
                src->walkgen = gen;
                src->derefs = d;
                src->dst = l;
                src->dst_edge = i;
                if (src->queued_one != gen) {
                    src->queued_one = gen;
                    push_back(&todo, src);
                }
            }
        }
    }
    free(todo.q);
}

void esc_walk_all(Batch *b) {
    Walk w = {.b = b};
    for (int i = 0; i < b->locs.len; i++) {
        Loc *l = VEC_AT(b->locs, i);
        push_front(&w.all, l);
        l->queued_all = true;
    }
    Loc *pseudo[] = {&b->mutator, &b->callee, &b->heap};
    for (int i = 0; i < 3; i++) {
        push_front(&w.all, pseudo[i]);
        pseudo[i]->queued_all = true;
    }
    uint32_t gen = 0;
    while (w.all.len) {
        Loc *root = pop_front(&w.all);
        root->queued_all = false;
        walk_one(&w, root, ++gen);
    }
    free(w.all.q);
}
