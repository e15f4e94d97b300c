// graph.c: locations, holes, and the assignment edges between them.
//
// A location stands for memory: a variable, an allocation site, or a
// temporary.  An edge dst <- src with weight d records that src's value,
// dereferenced d times, is stored in dst (d = -1: src's address is).  Edges
// are built through holes: a hole is "where the value being evaluated goes,
// and through how many dereferences".  Evaluating &x in hole {dst, 0} flows x
// into {dst, -1}; evaluating *p in {dst, 0} flows p into {dst, 1}.
//
// Invariant: derefs never go below -1 (the result of & is not addressable).
// Four pseudo-locations exist per batch: the heap (outlives everything), the
// mutator (pointers written through), the callee (closures called untracked),
// and the blank hole (values thrown away: no edge is recorded).
#include "esc.h"

#include <stdlib.h>

static PtrMap var_locs;  // Obj* -> Loc*: the location of each local variable

Loc *esc_var_loc(Obj *var) { return ptrmap_get(&var_locs, var); }
void esc_bind_var(Obj *var, Loc *loc) { ptrmap_put(&var_locs, var, loc); }
void esc_graph_reset(void) { ptrmap_clear(&var_locs); }

Loc *esc_new_loc(Esc *e, Site *site, Obj *var, bool persists) {
    Loc *l = NEW(Loc);
    l->site = site;
    l->var = var;
    l->fn = e->fn;
    l->loop_depth = e->loop_depth;
    if (var) {
        l->text = var->name;
        l->pos = var->pos;
    } else if (site) {
        l->text = site->text;
        l->pos = site->pos;
    }
    if (var) {
        l->is_param = var->is_param;
        l->is_result = var->is_result;
    }
    if (persists)
        l->attrs |= ATTR_PERSISTS;
    vec_push(&e->b->locs, l);
    return l;
}

Hole esc_hole(Loc *l) { return (Hole){.dst = l}; }

Hole hole_shift(Hole k, int delta) {
    k.derefs += delta;
    if (k.derefs < -1)
        abort();  // compiler bug: & of a non-addressable value
    k.addrtaken = delta < 0;
    return k;
}

Hole hole_note(Batch *b, Hole k, const char *where, Pos pos, const char *why) {
    if (b->verbosity >= 2) {
        Note *n = NEW(Note);
        n->next = k.notes;
        n->where = where;
        n->pos = pos;
        n->why = why;
        k.notes = n;
    }
    return k;
}

Hole hole_addr(Batch *b, Hole k, const char *where, Pos pos, const char *why) {
    return hole_note(b, hole_shift(k, -1), where, pos, why);
}

Hole hole_deref(Batch *b, Hole k, const char *where, Pos pos, const char *why) {
    return hole_note(b, hole_shift(k, 1), where, pos, why);
}

static void add_edge(Loc *dst, Loc *src, int derefs, Note *notes) {
    if (dst->nedges == dst->cap_edges) {
        dst->cap_edges = dst->cap_edges ? dst->cap_edges * 2 : 4;
        Edge *edges = arena_alloc(sizeof(Edge) * (size_t)dst->cap_edges);
        for (int i = 0; i < dst->nedges; i++)
            edges[i] = dst->edges[i];
        dst->edges = edges;
    }
    dst->edges[dst->nedges++] = (Edge){.src = src, .derefs = derefs, .notes = notes};
}

// Records the flow of src into hole k.  A flow of src's address into a
// location already known to escape marks src escaping at once (no edge).
void esc_flow(Batch *b, Hole k, Loc *src) {
    if (k.addrtaken)
        src->addrtaken = true;
    Loc *dst = k.dst;
    if (dst == &b->blank)
        return;
    if (dst == src && k.derefs >= 0)  // dst = dst, dst = *dst, ...
        return;
    if ((dst->attrs & ATTR_ESCAPES) && k.derefs < 0) {  // dst = &src
        if (b->verbosity >= 2 && src->text && !(src->attrs & ATTR_ESCAPES)) {
            esc_explain(src->pos, "%s escapes to heap in %s:", src->text, esc_func_name(src->fn));
            esc_explain_flow(b, src->pos, dst, src, k.derefs, k.notes);
        }
        src->attrs |= ATTR_ESCAPES | ATTR_PERSISTS | ATTR_MUTATES | ATTR_CALLS;
        return;
    }
    add_edge(dst, src, k.derefs, k.notes);
}

Hole esc_heap_hole(Esc *e) { return esc_hole(&e->b->heap); }
Hole esc_discard_hole(Esc *e) { return esc_hole(&e->b->blank); }
Hole esc_mutator_hole(Esc *e) { return esc_hole(&e->b->mutator); }
Hole esc_callee_hole(Esc *e) { return esc_hole(&e->b->callee); }

// A hole flowing into every hole of ks, like tee(1): a temporary that flows
// to each.  (p = &q and p = &tmp; tmp = q are not the same, so holes taking
// an address cannot be teed.)
Hole esc_tee(Esc *e, Hole *ks, int n) {
    if (n == 0)
        return esc_discard_hole(e);
    if (n == 1)
        return ks[0];
    Loc *tmp = esc_new_loc(e, NULL, NULL, false);
    for (int i = 0; i < n; i++) {
        if (ks[i].derefs < 0)
            abort();  // compiler bug: teeing an address-of hole
        esc_flow(e->b, ks[i], tmp);
    }
    return esc_hole(tmp);
}

// A hole flowing into k, but some time later: a value that must persist
// (defer's arguments).
Hole esc_later(Esc *e, Hole k) {
    Loc *tmp = esc_new_loc(e, NULL, NULL, true);
    esc_flow(e->b, k, tmp);
    return esc_hole(tmp);
}

// loc is allocated here: its address flows into k; the hole returned stores
// into the allocated memory.
Hole esc_spill(Esc *e, Hole k, Loc *loc) {
    const char *text = loc->text ? loc->text : "?";
    esc_flow(e->b, hole_addr(e->b, k, text, loc->pos, "spill"), loc);
    return esc_hole(loc);
}

const char *esc_loc_name(Batch *b, Loc *l) {
    if (l == &b->heap)
        return "{heap}";
    if (!l->text)
        return "{temp}";
    if (l->var && !l->site)
        return l->var->name;
    if (l->site && l->site->kind == SITE_VAR)
        return l->site->var ? l->site->var->name : l->text;
    return arena_sprintf("{storage for %s}", l->text);
}
