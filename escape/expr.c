// expr.c: expressions -- building the location graph from the typed IR.
//
// Every statement and expression is lowered to flows between locations,
// without regard to control flow, paths or fields (gc's model): x.f = u[0]
// is just x = *u.  esc_expr(k, x) evaluates x for its value and flows it
// into hole k.  The whole tree is always visited, even where a value is
// discarded, so that every allocation site inside it gets its location:
//
//     esc_expr(k_is_discard ? discard : k, x)     never   if (!discard) esc_expr(k, x)
//
// Each allocating expression is "spilled": a location for its storage, whose
// address flows into the hole (new(T) in x = new(T) is x <- &storage).
#include "esc.h"

#include <string.h>

Expr *esc_unparen(Expr *x) {
    while (x && x->kind == EXPR_PAREN)
        x = x->x;
    return x;
}

bool esc_is_blank_obj(Obj *o) {
    return !o || !o->name || !o->name[0] || strcmp(o->name, "_") == 0;
}

// The location of a local variable, created on first sight for variables
// the checker did not list in their function's locals (defensive).
Loc *esc_local_loc(Esc *e, Obj *var) {
    Loc *l = esc_var_loc(var);
    if (!l) {
        Esc tmp = *e;
        if (var->func)
            tmp.fn = var->func;
        l = esc_new_loc(&tmp, var->site, var, true);
        esc_bind_var(var, l);
    }
    return l;
}

bool esc_is_local_var(Obj *o) {
    return o && o->kind == OBJ_VAR && !o->is_global;
}

// A value of a type without pointers carries no addresses: flowing it
// anywhere but through & is a no-op.
Hole esc_filter_scalar(Esc *e, Hole k, Type *t) {
    if (k.derefs >= 0 && t && t->kind != TYPE_TUPLE && !type_is_untyped(t) && !type_has_pointers(t))
        k.dst = &e->b->blank;
    return k;
}

// ---------------------------------------------------------------- gc's spelling of expressions

// gc's -m spelling of an expression (the checker's printer, which also
// spells the sites' texts).
const char *esc_text(Expr *x) { return x ? site_text(x) : "?"; }

// ---------------------------------------------------------------- captures

static PtrMap capture_pos;  // Capture* -> Pos*: first use inside the closure

static Capture *find_capture(Func *fn, Obj *var) {
    for (int i = 0; i < fn->captures.len; i++) {
        Capture *c = VEC_AT(fn->captures, i);
        if (c->var == var)
            return c;
    }
    return NULL;
}

// Notes a use of var inside closure e->fn (and the closures between it and
// var's function), for -m=2's positions.
void esc_note_capture_use(Esc *e, Obj *var, Pos pos) {
    if (e->b->verbosity < 2 || var->func == e->fn)
        return;
    for (Func *f = e->fn; f && f != var->func; f = f->outer) {
        Capture *c = find_capture(f, var);
        if (c && !ptrmap_get(&capture_pos, c)) {
            Pos *p = NEW(Pos);
            *p = pos;
            ptrmap_put(&capture_pos, c, p);
        }
    }
}

Pos esc_capture_pos(Func *fn, Obj *var) {
    Capture *c = find_capture(fn, var);
    Pos *p = c ? ptrmap_get(&capture_pos, c) : NULL;
    return p ? *p : var->pos;
}

void esc_capture_reset(void) { ptrmap_clear(&capture_pos); }

// ---------------------------------------------------------------- expressions

void esc_discard(Esc *e, Expr *x) { esc_expr(e, esc_discard_hole(e), x); }

// The location for the allocation site of x, made where x is evaluated.
static Loc *site_loc(Esc *e, Site *site) {
    Loc *l = esc_new_loc(e, site, NULL, false);
    l->loop_depth = e->loop_depth;
    return l;
}

// Pointer-shaped types are stored directly in an interface's data word
// (gc's types.IsDirectIface): no box is allocated for them.
static bool is_direct_iface(Type *t) {
    t = type_under(t);
    switch (t->kind) {
    case TYPE_POINTER: case TYPE_CHAN: case TYPE_MAP: case TYPE_FUNC: case TYPE_UNSAFE_POINTER: return true;
    case TYPE_ARRAY: return t->len == 1 && is_direct_iface(t->elem);
    case TYPE_STRUCT: return t->nfields == 1 && is_direct_iface(t->fields[0].type);
    default: return false;
    }
}

Hole esc_dot_type(Esc *e, Hole k, Type *t, Expr *where, const char *why) {
    if (t && t->kind == TYPE_TUPLE)  // v, ok := x.(T)
        t = t->results[0];
    if (t && !type_is_interface(type_under(t)) && !is_direct_iface(t))
        k = hole_shift(k, 1);
    return hole_note(e->b, k, esc_text(where), where->pos, why);
}

static void composite(Esc *e, Hole k, Expr *x) {
    if (!x->type)
        return;
    Type *t = type_under(x->type);
    const char *why = "struct literal element";
    const char *what = esc_text(x);
    Pos pos = x->pos;
    if (t->kind == TYPE_SLICE) {
        if (x->site) {
            Loc *l = site_loc(e, x->site);
            k = esc_spill(e, k, l);
            what = l->text;
            pos = l->pos;
        }
        why = "slice-literal-element";
    } else if (t->kind == TYPE_ARRAY) {
        why = "array literal element";
    } else if (t->kind == TYPE_MAP) {
        if (x->site)
            esc_spill(e, k, site_loc(e, x->site));
        for (int i = 0; i < x->elts.len; i++) {
            Expr *kv = VEC_AT(x->elts, i);
            if (kv && kv->kind == EXPR_KEY_VALUE) {
                esc_expr(e, hole_note(e->b, esc_heap_hole(e), "map literal", x->pos, "map literal key"), kv->key);
                esc_expr(e, hole_note(e->b, esc_heap_hole(e), "map literal", x->pos, "map literal value"), kv->value);
            } else {
                esc_expr(e, esc_heap_hole(e), kv);
            }
        }
        return;
    }
    Hole ek = hole_note(e->b, k, what, pos, why);
    for (int i = 0; i < x->elts.len; i++) {
        Expr *elt = VEC_AT(x->elts, i);
        if (elt && elt->kind == EXPR_KEY_VALUE) {
            esc_discard(e, elt->key);
            elt = elt->value;
        }
        if (elt)
            esc_expr(e, ek, elt);
    }
}

static void func_lit(Esc *e, Hole k, Expr *x) {
    Func *fn = x->func;
    Loc *l;
    if (x->site) {
        l = site_loc(e, x->site);
    } else {  // captures nothing: no allocation, but gc still reports it
        l = esc_new_loc(e, NULL, NULL, false);
        l->text = "func literal";
        l->pos = x->pos;
        l->reported = true;
    }
    l->closure = fn;
    k = esc_spill(e, k, l);
    if (!fn)
        return;
    // gc ignores reassignments in straight-line code before the first capture.
    for (int i = 0; i < fn->captures.len; i++) {
        Loc *cl = esc_var_loc(((Capture *)VEC_AT(fn->captures, i))->var);
        if (cl && !cl->captured) {
            cl->captured = true;
            if (cl->loop_depth == e->loop_depth)
                cl->reassigned = false;
        }
    }
    ClosureFlow *cf = NEW(ClosureFlow);
    cf->k = k;
    cf->fn = fn;
    vec_push(&e->b->closures, cf);
    esc_walk_func(e->b, fn);
}

// The text gc prints for a box whose operand's value is a known constant:
// gc rewrites the conversion's operand to the literal (rewriteWithLiterals).
static void box_text(Loc *l, Expr *operand) {
    Expr *x = esc_unparen(operand);
    if (x && x->is_const && x->cval.kind != CONST_NONE) {
        // A constant operand (K, math.Pi, 1 + 2, len("abc")) prints as its
        // value; a rune constant as 'x'.
        Expr lit = *x;
        if (x->obj && x->obj->kind == OBJ_CONST && x->obj->type == type_untyped_rune)
            lit.kind = EXPR_CHAR_LIT;
        l->text = esc_const_text(&lit);
        return;
    }
    if (!x || x->is_const || !x->type || type_is_interface(type_under(x->type)))
        return;
    Expr *v = esc_static_value(x);
    if (v != x && v->is_const && v->cval.kind != CONST_NONE)
        l->text = esc_const_text(v);
}

static void convert(Esc *e, Hole k, Expr *x) {
    Site *site = x->site;
    if (site && site->kind == SITE_BOX) {
        Loc *l = site_loc(e, site);
        box_text(l, x->x);
        k = esc_spill(e, k, l);
        esc_expr(e, hole_note(e->b, k, l->text, x->pos, "interface-converted"), x->x);
    } else if (site) {  // string <-> []byte / []rune
        Loc *l = site_loc(e, site);
        l->is_str_bytes = site->kind == SITE_STR_BYTES;
        esc_spill(e, k, l);
        esc_discard(e, x->x);
    } else if (x->type && type_is_interface(type_under(x->type))) {
        esc_expr(e, hole_note(e->b, k, esc_text(x), x->pos, "interface-converted"), x->x);
    } else if (x->type && x->x && x->x->type && type_under(x->type)->kind == TYPE_ARRAY &&
               type_under(x->x->type)->kind == TYPE_SLICE) {
        // [N]T(s) copies the elements out: a dereference (gc's OSLICE2ARR).
        esc_expr(e, hole_deref(e->b, k, esc_text(x), x->pos, "slice-to-array"), x->x);
    } else {
        esc_expr(e, k, x->x);
    }
}

// A string concatenation a + b + c is one allocation in gc (OADDSTR); the
// inner + of a left-nested chain makes none of its own.
static void concat_operands(Esc *e, Expr *x) {
    Expr *l = esc_unparen(x->x);
    if (l && l->kind == EXPR_BINARY && l->op == TOK_ADD && !l->is_const && l->site &&
        l->site->kind == SITE_CONCAT) {
        l->site->decision = SITE_STACK;  // a temporary copied at once: never outlives the +
        l->site->reason = "operand of a concatenation";
        concat_operands(e, l);
    } else {
        esc_discard(e, x->x);
    }
    esc_discard(e, x->y);
}

static void binary(Esc *e, Hole k, Expr *x) {
    if (x->op == TOK_ADD && x->site && x->site->kind == SITE_CONCAT) {
        esc_spill(e, k, site_loc(e, x->site));
        concat_operands(e, x);
        return;
    }
    esc_discard(e, x->x);
    esc_discard(e, x->y);
}

static void unary(Esc *e, Hole k, Expr *x) {
    if (x->op != TOK_AND) {
        esc_discard(e, x->x);
        return;
    }
    if (x->site) {  // &T{...}
        Loc *l = site_loc(e, x->site);
        esc_expr(e, esc_spill(e, k, l), x->x);
        return;
    }
    esc_expr(e, hole_addr(e->b, k, esc_text(x), x->pos, "address-of"), x->x);
}

static void index_expr(Esc *e, Hole k, Expr *x) {
    Type *t = x->x->type ? type_under(x->x->type) : NULL;
    if (t && t->kind == TYPE_MAP) {
        esc_discard(e, x->x);
        esc_discard(e, x->index);
        return;
    }
    if (t && t->kind == TYPE_ARRAY)
        esc_expr(e, hole_note(e->b, k, esc_text(x), x->pos, "fixed-array-index-of"), x->x);
    else
        esc_expr(e, hole_deref(e->b, k, esc_text(x), x->pos, "dot of pointer"), x->x);
    esc_discard(e, x->index);
}

static void slice_expr(Esc *e, Hole k, Expr *x) {
    Type *t = x->x->type ? type_under(x->x->type) : NULL;
    Hole sk = hole_note(e->b, k, esc_text(x), x->pos, "slice");
    if (t && t->kind == TYPE_ARRAY)  // a[i:j] slices &a
        sk = hole_addr(e->b, sk, esc_text(x->x), x->pos, "address-of");
    esc_expr(e, sk, x->x);
    esc_discard(e, x->lo);
    esc_discard(e, x->hi);
    esc_discard(e, x->max);
}

// x.M not called: a closure { code, receiver } (gc's OMETHVALUE).  The
// receiver flows into the closure and, as the method's receiver parameter,
// wherever the method leaks it; how the closure will be called is unknown,
// so the method's results are taken to reach the heap.
static void method_value(Esc *e, Hole k, Expr *x) {
    Hole closure = x->site ? esc_spill(e, k, site_loc(e, x->site)) : esc_heap_hole(e);
    Func *fn = x->method ? x->method->func : NULL;
    Type *sig = x->type ? type_under(x->type) : NULL;
    Hole results[ESC_RESULTS];
    int n = 0;
    while (sig && sig->kind == TYPE_FUNC && n < sig->nresults && n < ESC_RESULTS)
        results[n++] = esc_heap_hole(e);
    Hole two[2] = {esc_tag_hole(e, results, n, fn, 0), closure};
    esc_expr(e, esc_tee(e, two, 2), x->x);
}

static void selector(Esc *e, Hole k, Expr *x) {
    if (x->obj)  // a package member: a global or a function
        return;
    if (x->is_method) {
        if (!x->x->is_type)  // a method expression allocates nothing
            method_value(e, k, x);
        return;
    }
    if (x->implicit_deref)
        esc_expr(e, hole_deref(e->b, k, esc_text(x), x->pos, "dot of pointer"), x->x);
    else
        esc_expr(e, hole_note(e->b, k, esc_text(x), x->pos, "dot"), x->x);
}

void esc_expr(Esc *e, Hole k, Expr *x) {
    if (!x || x->is_type)
        return;
    k = esc_filter_scalar(e, k, x->type);
    if (x->is_const)
        return;
    switch (x->kind) {
    case EXPR_IDENT:
        if (esc_is_local_var(x->obj)) {
            esc_note_capture_use(e, x->obj, x->pos);
            esc_flow(e->b, k, esc_local_loc(e, x->obj));
        }
        break;
    case EXPR_PAREN: esc_expr(e, k, x->x); break;
    case EXPR_UNARY: unary(e, k, x); break;
    case EXPR_STAR: esc_expr(e, hole_deref(e->b, k, esc_text(x), x->pos, "indirection"), x->x); break;
    case EXPR_SELECTOR: selector(e, k, x); break;
    case EXPR_TYPE_ASSERT: esc_expr(e, esc_dot_type(e, k, x->type, x, "dot"), x->x); break;
    case EXPR_INDEX: index_expr(e, k, x); break;
    case EXPR_SLICE: slice_expr(e, k, x); break;
    case EXPR_CONVERT: convert(e, k, x); break;
    case EXPR_BINARY: binary(e, k, x); break;
    case EXPR_CALL: esc_call(e, &k, 1, x); break;
    case EXPR_COMPOSITE: composite(e, k, x); break;
    case EXPR_FUNC_LIT: func_lit(e, k, x); break;
    case EXPR_KEY_VALUE: esc_discard(e, x->key); esc_expr(e, k, x->value); break;
    default: break;  // literals, EXPR_ZERO: no pointers to anything allocated
    }
}

