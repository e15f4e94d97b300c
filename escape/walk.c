// walk.c: building the location graph from the typed IR.
//
// Every statement and expression is lowered to flows between locations,
// without regard to control flow, paths or fields (gc's model): x.f = u[0]
// is just x = *u.  esc_expr(k, x) evaluates x for its value and flows it
// into hole k; esc_addr(x) returns the hole that stores into x.  The whole
// tree is always visited, even where a value is discarded, so that every
// allocation site inside it gets its location:
//
//     esc_expr(k_is_discard ? discard : k, x)     never   if (!discard) esc_expr(k, x)
//
// Loop depth: a function body is at depth 1; each for/range body, and each
// label a later goto jumps back to, adds one.  A location remembers the depth
// at its declaration; an address stored into a location of smaller depth
// outlives the iteration that took it (solve.c, esc_outlives).
#include "esc.h"

#include <string.h>

static void stmt(Esc *e, Stmt *s);
static void stmts(Esc *e, Vec *list);

static Expr *unparen(Expr *x) {
    while (x && x->kind == EXPR_PAREN)
        x = x->x;
    return x;
}

static bool is_blank_obj(Obj *o) {
    return !o || !o->name || !o->name[0] || strcmp(o->name, "_") == 0;
}

// The location of a local variable, created on first sight for variables
// the checker did not list in their function's locals (defensive).
static Loc *var_loc(Esc *e, Obj *var) {
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

static bool is_local_var(Obj *o) {
    return o && o->kind == OBJ_VAR && !o->is_global;
}

// A value of a type without pointers carries no addresses: flowing it
// anywhere but through & is a no-op.
static Hole filter_scalar(Esc *e, Hole k, Type *t) {
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
static void note_capture_use(Esc *e, Obj *var, Pos pos) {
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

static Hole dot_type(Esc *e, Hole k, Type *t, Expr *where, const char *why) {
    if (t && t->kind == TYPE_TUPLE)  // v, ok := x.(T)
        t = t->results[0];
    if (t && !type_is_interface(type_under(t)) && !is_direct_iface(t))
        k = hole_shift(k, 1);
    return hole_note(e->b, k, esc_text(where), where->pos, why);
}

static void composite(Esc *e, Hole k, Expr *x) {
    Type *t = type_under(x->type);
    const char *why = "struct literal element";
    const char *what = esc_text(x);
    Pos pos = x->pos;
    if (t->kind == TYPE_SLICE) {
        if (x->site) {
            Loc *l = site_loc(e, x->site);
            k = esc_spill(e, k, l, x);
            what = l->text;
            pos = l->pos;
        }
        why = "slice-literal-element";
    } else if (t->kind == TYPE_ARRAY) {
        why = "array literal element";
    } else if (t->kind == TYPE_MAP) {
        if (x->site)
            esc_spill(e, k, site_loc(e, x->site), x);
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
    k = esc_spill(e, k, l, x);
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
    Expr *x = unparen(operand);
    if (!x || x->is_const || !x->type || type_is_interface(type_under(x->type)))
        return;
    Expr *v = esc_static_value(x);
    if (v != x && v->is_const && v->cval.kind != CONST_NONE)
        l->text = const_string(&v->cval);
}

static void convert(Esc *e, Hole k, Expr *x) {
    Site *site = x->site;
    if (site && site->kind == SITE_BOX) {
        Loc *l = site_loc(e, site);
        box_text(l, x->x);
        k = esc_spill(e, k, l, x);
        esc_expr(e, hole_note(e->b, k, l->text, x->pos, "interface-converted"), x->x);
    } else if (site) {  // string <-> []byte / []rune
        Loc *l = site_loc(e, site);
        l->is_str_bytes = site->kind == SITE_STR_BYTES;
        esc_spill(e, k, l, x);
        esc_discard(e, x->x);
    } else if (type_is_interface(type_under(x->type))) {
        esc_expr(e, hole_note(e->b, k, esc_text(x), x->pos, "interface-converted"), x->x);
    } else {
        esc_expr(e, k, x->x);
    }
}

// A string concatenation a + b + c is one allocation in gc (OADDSTR); the
// inner + of a left-nested chain makes none of its own.
static void concat_operands(Esc *e, Expr *x) {
    Expr *l = unparen(x->x);
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
        esc_spill(e, k, site_loc(e, x->site), x);
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
        esc_expr(e, esc_spill(e, k, l, x), x->x);
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

static void selector(Esc *e, Hole k, Expr *x) {
    if (x->obj)  // a package member: a global or a function
        return;
    if (x->implicit_deref)
        esc_expr(e, hole_deref(e->b, k, esc_text(x), x->pos, "dot of pointer"), x->x);
    else
        esc_expr(e, hole_note(e->b, k, esc_text(x), x->pos, "dot"), x->x);
}

void esc_expr(Esc *e, Hole k, Expr *x) {
    if (!x || x->is_type)
        return;
    k = filter_scalar(e, k, x->type);
    if (x->is_const)
        return;
    switch (x->kind) {
    case EXPR_IDENT:
        if (is_local_var(x->obj)) {
            note_capture_use(e, x->obj, x->pos);
            esc_flow(e->b, k, var_loc(e, x->obj));
        }
        break;
    case EXPR_PAREN: esc_expr(e, k, x->x); break;
    case EXPR_UNARY: unary(e, k, x); break;
    case EXPR_STAR: esc_expr(e, hole_deref(e->b, k, esc_text(x), x->pos, "indirection"), x->x); break;
    case EXPR_SELECTOR: selector(e, k, x); break;
    case EXPR_TYPE_ASSERT: esc_expr(e, dot_type(e, k, x->type, x, "dot"), x->x); break;
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

// ---------------------------------------------------------------- assignments

static Hole mutate(Esc *e, Expr *x) {
    esc_expr(e, esc_mutator_hole(e), x);
    return esc_heap_hole(e);
}

Hole esc_addr(Esc *e, Expr *x) {
    x = unparen(x);
    if (!x)
        return esc_discard_hole(e);
    switch (x->kind) {
    case EXPR_IDENT:
        if (!x->obj || is_blank_obj(x->obj) || x->obj->kind != OBJ_VAR)
            return esc_discard_hole(e);
        if (is_local_var(x->obj))
            note_capture_use(e, x->obj, x->pos);
        return is_local_var(x->obj) ? esc_hole(var_loc(e, x->obj)) : esc_heap_hole(e);
    case EXPR_SELECTOR:
        if (x->obj)  // package member
            return esc_heap_hole(e);
        return x->implicit_deref ? mutate(e, x->x) : esc_addr(e, x->x);
    case EXPR_INDEX: {
        Type *t = type_under(x->x->type);
        if (t->kind == TYPE_MAP) {
            esc_discard(e, x->x);
            esc_expr(e, hole_note(e->b, esc_heap_hole(e), esc_text(x), x->pos, "key of map put"), x->index);
            return esc_heap_hole(e);
        }
        esc_discard(e, x->index);
        return t->kind == TYPE_ARRAY ? esc_addr(e, x->x) : mutate(e, x->x);
    }
    case EXPR_STAR: return mutate(e, x->x);
    default:
        esc_discard(e, x);
        return esc_heap_hole(e);
    }
}

// Declares var at the current loop depth (gc's ODCL).
static void dcl(Esc *e, Obj *var) {
    if (is_local_var(var) && !is_blank_obj(var))
        var_loc(e, var)->loop_depth = e->loop_depth;
}

static const char *list_text(Vec *v) {
    const char *s = "";
    for (int i = 0; i < v->len; i++)
        s = arena_sprintf("%s%s%s", s, i ? ", " : "", esc_text(VEC_AT(*v, i)));
    return s;
}

// gc's spelling of an assignment or return, for -m=2's notes.
static const char *stmt_text(Stmt *s) {
    if (s->kind == STMT_RETURN)
        return s->rhs.len ? arena_sprintf("return %s", list_text(&s->rhs)) : "return";
    return arena_sprintf("%s %s %s", list_text(&s->lhs), tok_string(s->op), list_text(&s->rhs));
}

static void flow_to(Esc *e, Hole k, Expr *src, Stmt *where, const char *why) {
    if (!src)
        return;
    if (e->b->verbosity >= 2 && where)
        k = hole_note(e->b, k, stmt_text(where), where->pos, why);
    esc_expr(e, k, src);
}

// ---------------------------------------------------------------- self-assignment
// gc ignores assignments that store into an object what it already holds:
//     b.buf = b.buf[n:m]      val.x = val.y      p.pairs[0] = p.pairs[1]
// Without this, the store through b would make b's content escape.

static bool same_safe_expr(Expr *l, Expr *r) {
    l = unparen(l);
    r = unparen(r);
    if (!l || !r || l->kind != r->kind)
        return false;
    if (l->is_const || r->is_const)
        return l->is_const && r->is_const && l->cval.kind == CONST_INT && r->cval.kind == CONST_INT &&
               l->cval.i == r->cval.i;
    switch (l->kind) {
    case EXPR_IDENT: return l->obj && l->obj == r->obj;
    case EXPR_SELECTOR:
        return !l->obj && !r->obj && l->field_index == r->field_index && l->implicit_deref == r->implicit_deref &&
               same_safe_expr(l->x, r->x);
    case EXPR_STAR: return same_safe_expr(l->x, r->x);
    case EXPR_INDEX: return same_safe_expr(l->x, r->x) && same_safe_expr(l->index, r->index);
    case EXPR_CONVERT: return !l->site && !r->site && l->type == r->type && same_safe_expr(l->x, r->x);
    default: return false;
    }
}

// Could evaluating x change memory (gc's mayAffectMemory)?
static bool may_affect_memory(Expr *x) {
    x = unparen(x);
    if (!x || x->is_const)
        return false;
    switch (x->kind) {
    case EXPR_IDENT: return false;
    case EXPR_BINARY: return x->site || may_affect_memory(x->x) || may_affect_memory(x->y);
    case EXPR_INDEX: return may_affect_memory(x->x) || may_affect_memory(x->index);
    case EXPR_CONVERT: return x->site || may_affect_memory(x->x);
    case EXPR_UNARY: return x->op == TOK_AND || x->op == TOK_ARROW || may_affect_memory(x->x);
    case EXPR_SELECTOR: case EXPR_STAR: return may_affect_memory(x->x);
    case EXPR_CALL:
        if (x->call_kind == CALL_BUILTIN && (x->builtin == BUILTIN_LEN || x->builtin == BUILTIN_CAP))
            return may_affect_memory(VEC_AT(x->args, 0));
        return true;
    default: return true;
    }
}

// The variable x dereferences: p for *p and p.f with p a pointer.
static Obj *deref_base(Expr *x) {
    x = unparen(x);
    Expr *b = NULL;
    if (x && x->kind == EXPR_STAR)
        b = unparen(x->x);
    else if (x && x->kind == EXPR_SELECTOR && !x->obj && x->implicit_deref)
        b = unparen(x->x);
    return b && b->kind == EXPR_IDENT ? b->obj : NULL;
}

// b.buf = b.buf[n:m]: slicing what b points to back into it.
static bool is_slice_self_assign(Expr *dst, Expr *src) {
    Obj *d = deref_base(dst);
    src = unparen(src);
    if (!d || !src || src->kind != EXPR_SLICE)
        return false;
    Type *t = src->x && src->x->type ? type_under(src->x->type) : NULL;
    if (t && t->kind == TYPE_ARRAY) {
        // Slicing an array stored inside *b puts a pointer to b itself into
        // b; only an array reached through a pointer is fine.
        Expr *a = unparen(src->x);
        if (!(a->kind == EXPR_STAR))
            return false;
        return deref_base(a->x) == d;
    }
    return deref_base(src->x) == d;
}

static bool is_self_assign(Expr *dst, Expr *src) {
    if (is_slice_self_assign(dst, src))
        return true;
    dst = unparen(dst);
    src = unparen(src);
    if (!dst || !src || dst->kind != src->kind)
        return false;
    switch (dst->kind) {
    case EXPR_SELECTOR:
        return !dst->obj && !src->obj && dst->implicit_deref == src->implicit_deref && same_safe_expr(dst->x, src->x);
    case EXPR_INDEX:
        if (may_affect_memory(dst->index) || may_affect_memory(src->index))
            return false;
        return same_safe_expr(dst->x, src->x);
    default:
        return false;
    }
}

// dsts... = srcs... ; a single tuple-valued call on the right feeds every
// destination.
static bool declared_here(Expr *ident);

// Marks the destinations reassigned, except variables this statement
// declares (gc's reassigned).
static void reassigned(Esc *e, Vec *lhs, Hole *ks, bool defining) {
    for (int i = 0; i < lhs->len; i++) {
        if (defining && declared_here(VEC_AT(*lhs, i)))
            continue;
        ks[i].dst->reassigned = true;
    }
}

static void assign_list(Esc *e, Vec *lhs, Vec *rhs, Stmt *where, const char *why) {
    int n = lhs->len;
    Hole *ks = arena_alloc(sizeof(Hole) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        ks[i] = esc_addr(e, VEC_AT(*lhs, i));
    reassigned(e, lhs, ks, !where || where->kind != STMT_ASSIGN || where->op == TOK_DEFINE);
    if (rhs->len == 1 && n > 1) {
        Expr *r = unparen(VEC_AT(*rhs, 0));
        if (r && r->kind == EXPR_CALL) {
            esc_call(e, ks, n, r);
            return;
        }
        flow_to(e, ks[0], r, where, why);  // v, ok = x.(T)
        return;
    }
    for (int i = 0; i < n && i < rhs->len; i++) {
        Expr *dst = VEC_AT(*lhs, i), *src = VEC_AT(*rhs, i);
        if (where && where->kind == STMT_ASSIGN && where->op != TOK_DEFINE && is_self_assign(dst, src)) {
            if (e->b->verbosity)
                esc_report(where->pos, "%s ignoring self-assignment in %s", esc_func_name(e->fn),
                           stmt_text(where));
            ks[i] = esc_discard_hole(e);
        }
        flow_to(e, ks[i], src, where, why);
    }
}

static bool declared_here(Expr *ident) {
    Obj *o = ident && ident->kind == EXPR_IDENT ? ident->obj : NULL;
    return o && o->pos.line == ident->pos.line && o->pos.col == ident->pos.col && o->pos.file == ident->pos.file;
}

static void assign(Esc *e, Stmt *s) {
    if (s->op == TOK_DEFINE) {
        for (int i = 0; i < s->lhs.len; i++) {
            Expr *id = VEC_AT(s->lhs, i);
            if (declared_here(id)) {
                dcl(e, id->obj);
                if (s->lhs.len == s->rhs.len)
                    esc_record_defn(id->obj, VEC_AT(s->rhs, i));
            }
        }
    }
    assign_list(e, &s->lhs, &s->rhs, s, s->lhs.len > 1 ? "assign-pair" : "assign");
}

static void var_decl(Esc *e, Decl *d) {
    if (d->kind != DECL_VAR)
        return;
    for (int i = 0; i < d->specs.len; i++) {
        Spec *sp = VEC_AT(d->specs, i);
        for (int j = 0; j < sp->names.len; j++) {
            Expr *id = VEC_AT(sp->names, j);
            dcl(e, id->obj);
            if (sp->names.len == sp->values.len && id->obj)
                esc_record_defn(id->obj, VEC_AT(sp->values, j));
        }
        if (sp->values.len)
            assign_list(e, &sp->names, &sp->values, NULL, "assign");
    }
}

static void ret(Esc *e, Stmt *s) {
    Func *fn = e->fn;
    Vec dsts = {0};
    for (int i = 0; i < fn->results.len; i++) {
        Obj *r = VEC_AT(fn->results, i);
        Expr *id = NEW(Expr);
        id->kind = EXPR_IDENT;
        id->obj = r;
        id->name = r->name;
        id->type = r->type;
        id->pos = r->pos;
        vec_push(&dsts, id);
    }
    assign_list(e, &dsts, &s->rhs, s, "return");
}

// ---------------------------------------------------------------- statements

static void block(Esc *e, Block *b) {
    if (!b)
        return;
    int depth = e->loop_depth;
    stmts(e, &b->stmts);
    e->loop_depth = depth;
}

static void stmts(Esc *e, Vec *list) {
    for (int i = 0; i < list->len; i++)
        stmt(e, VEC_AT(*list, i));
}

static void stmt_list_block(Esc *e, Vec *list) {
    int depth = e->loop_depth;
    stmts(e, list);
    e->loop_depth = depth;
}

static bool is_const_bool(Expr *x, bool want) {
    x = unparen(x);
    return x && x->is_const && x->cval.kind == CONST_BOOL && x->cval.b == want;
}

// gc removes dead branches (if false {...}) before escape analysis.
static void if_stmt(Esc *e, Stmt *s) {
    int depth = e->loop_depth;
    stmt(e, s->init);
    esc_discard(e, s->cond);
    if (!is_const_bool(s->cond, false))
        block(e, s->body);
    if (s->else_ && !is_const_bool(s->cond, true))
        stmt(e, s->else_);
    e->loop_depth = depth;
}

// A for clause's loop variable whose address is taken or that a closure
// captures by reference is a fresh variable each iteration (Go 1.22): gc
// declares the per-iteration copy inside the loop.
static void for_init_vars(Esc *e, Stmt *init) {
    if (!init || init->kind != STMT_ASSIGN || init->op != TOK_DEFINE)
        return;
    for (int i = 0; i < init->lhs.len; i++) {
        Expr *id = VEC_AT(init->lhs, i);
        if (id && id->obj && declared_here(id) && (id->obj->addr_taken || id->obj->site))
            dcl(e, id->obj);
    }
}

static void for_stmt(Esc *e, Stmt *s) {
    int depth = e->loop_depth;
    stmt(e, s->init);
    e->loop_depth++;
    for_init_vars(e, s->init);
    esc_discard(e, s->cond);
    stmt(e, s->post);
    block(e, s->body);
    e->loop_depth = depth;
}

static void range_stmt(Esc *e, Stmt *s) {
    int depth = e->loop_depth;
    Loc *tmp = esc_new_loc(e, NULL, NULL, true);  // x persists until the loop ends
    esc_expr(e, esc_hole(tmp), s->x);
    e->loop_depth++;
    Hole kv;
    if (s->define) {
        if (s->key_var)
            dcl(e, s->key_var);
        if (s->value_var)
            dcl(e, s->value_var);
        kv = s->value_var ? esc_hole(var_loc(e, s->value_var)) : esc_discard_hole(e);
    } else {
        esc_addr(e, s->key).dst->reassigned = true;
        kv = esc_addr(e, s->value);
        kv.dst->reassigned = true;
    }
    if (s->key_var)
        var_loc(e, s->key_var)->reassigned = true;
    if (s->value_var)
        var_loc(e, s->value_var)->reassigned = true;
    // Go 1.22 gives each iteration its own copy of the variables (gc rewrites
    // x := x' first), so a value without pointers carries nothing.
    if (s->define && s->value_var)
        kv = filter_scalar(e, kv, s->value_var->type);
    Type *t = s->x && s->x->type ? type_under(s->x->type) : NULL;
    if (t && t->kind == TYPE_ARRAY)
        esc_flow(e->b, hole_note(e->b, kv, "range", s->pos, "range"), tmp);
    else
        esc_flow(e->b, hole_deref(e->b, kv, "range", s->pos, "range-deref"), tmp);
    block(e, s->body);
    e->loop_depth = depth;
}

static void switch_stmt(Esc *e, Stmt *s) {
    int depth = e->loop_depth;
    stmt(e, s->init);
    esc_discard(e, s->x);
    for (int i = 0; i < s->clauses.len; i++) {
        CaseClause *c = VEC_AT(s->clauses, i);
        for (int j = 0; j < c->exprs.len; j++)
            esc_discard(e, VEC_AT(c->exprs, j));
        stmt_list_block(e, &c->body);
    }
    e->loop_depth = depth;
}

static void type_switch(Esc *e, Stmt *s) {
    int depth = e->loop_depth;
    stmt(e, s->init);
    Vec ks = {0};
    Hole *holes = arena_alloc(sizeof(Hole) * (size_t)(s->clauses.len + 1));
    int n = 0;
    for (int i = 0; i < s->clauses.len; i++) {
        CaseClause *c = VEC_AT(s->clauses, i);
        Obj *v = c->tswitch_var;
        if (!v || !is_local_var(v))
            continue;
        dcl(e, v);
        if (type_has_pointers(v->type))
            holes[n++] = dot_type(e, esc_hole(var_loc(e, v)), v->type, s->x ? s->x : NULL, "switch case");
    }
    (void)ks;
    // The guard: x := y.(type) or y.(type); its operand is what is switched on.
    Expr *guard = NULL;
    if (s->assign) {
        if (s->assign->kind == STMT_ASSIGN && s->assign->rhs.len)
            guard = unparen(VEC_AT(s->assign->rhs, 0));
        else if (s->assign->kind == STMT_EXPR)
            guard = unparen(s->assign->x);
    }
    if (guard && guard->kind == EXPR_TYPE_ASSERT)
        guard = guard->x;
    esc_expr(e, esc_tee(e, holes, n), guard);
    for (int i = 0; i < s->clauses.len; i++) {
        CaseClause *c = VEC_AT(s->clauses, i);
        stmt_list_block(e, &c->body);
    }
    e->loop_depth = depth;
}

static bool is_looping_label(Esc *e, const char *label) {
    for (int i = 0; i < e->looping_labels.len; i++)
        if (strcmp(VEC_AT(e->looping_labels, i), label) == 0)
            return true;
    return false;
}

// go and defer: the call's arguments are stored until the call runs.  A
// defer at the top level of a function runs before the frame dies; anything
// else may run after it: its arguments flow to the heap.
static void go_defer(Esc *e, Stmt *s) {
    Hole k = esc_heap_hole(e);
    if (s->kind == STMT_DEFER && e->loop_depth == 1)
        k = esc_later(e, esc_discard_hole(e));
    Expr *call = unparen(s->x);
    if (!call || call->kind != EXPR_CALL) {
        esc_expr(e, k, call);
        return;
    }
    if (call->args.len == 0 && call->call_kind == CALL_CLOSURE) {
        esc_expr(e, k, call->fn);  // defer func() {...}()
        return;
    }
    Hole *saved = e->go_defer_k;
    e->go_defer_k = &k;
    esc_call(e, NULL, 0, call);
    e->go_defer_k = saved;
}

static void stmt(Esc *e, Stmt *s) {
    if (!s)
        return;
    switch (s->kind) {
    case STMT_DECL:
        if (s->decl)
            var_decl(e, s->decl);
        break;
    case STMT_LABELED:
        if (s->label && is_looping_label(e, s->label))
            e->loop_depth++;
        stmt(e, s->stmt);
        break;
    case STMT_EXPR: {
        Expr *x = unparen(s->x);
        if (x && x->kind == EXPR_CALL)
            esc_call(e, NULL, 0, x);
        else
            esc_discard(e, x);
        break;
    }
    case STMT_SEND:
        esc_discard(e, s->x);
        esc_expr(e, hole_note(e->b, esc_heap_hole(e), "send", s->pos, "send"), s->y);
        break;
    case STMT_INCDEC: esc_addr(e, s->x).dst->reassigned = true; break;
    case STMT_ASSIGN: assign(e, s); break;
    case STMT_GO: case STMT_DEFER: go_defer(e, s); break;
    case STMT_RETURN: ret(e, s); break;
    case STMT_BLOCK: block(e, s->body); break;
    case STMT_IF: if_stmt(e, s); break;
    case STMT_SWITCH: switch_stmt(e, s); break;
    case STMT_TYPE_SWITCH: type_switch(e, s); break;
    case STMT_FOR: for_stmt(e, s); break;
    case STMT_RANGE: range_stmt(e, s); break;
    case STMT_SELECT:  // channels arrive with issue 4: be conservative
        for (int i = 0; i < s->clauses.len; i++)
            stmt_list_block(e, &((CaseClause *)VEC_AT(s->clauses, i))->body);
        break;
    default: break;  // break, continue, goto, fallthrough, empty
    }
}

// ---------------------------------------------------------------- labels

// Labels with a backward goto (a goto after the label in source order) head
// unstructured loops.
static void scan_labels(Vec *seen, Vec *looping, Vec *list);

static void scan_stmt(Vec *seen, Vec *looping, Stmt *s) {
    if (!s)
        return;
    switch (s->kind) {
    case STMT_LABELED:
        if (s->label)
            vec_push(seen, (void *)s->label);
        scan_stmt(seen, looping, s->stmt);
        break;
    case STMT_GOTO:
        for (int i = 0; s->label && i < seen->len; i++)
            if (strcmp(VEC_AT(*seen, i), s->label) == 0)
                vec_push(looping, (void *)s->label);
        break;
    case STMT_BLOCK: case STMT_FOR: case STMT_RANGE:
        if (s->body)
            scan_labels(seen, looping, &s->body->stmts);
        break;
    case STMT_IF:
        if (s->body)
            scan_labels(seen, looping, &s->body->stmts);
        scan_stmt(seen, looping, s->else_);
        break;
    case STMT_SWITCH: case STMT_TYPE_SWITCH: case STMT_SELECT:
        for (int i = 0; i < s->clauses.len; i++)
            scan_labels(seen, looping, &((CaseClause *)VEC_AT(s->clauses, i))->body);
        break;
    default: break;
    }
}

static void scan_labels(Vec *seen, Vec *looping, Vec *list) {
    for (int i = 0; i < list->len; i++)
        scan_stmt(seen, looping, VEC_AT(*list, i));
}

// Walks the body of fn (a top-level function, or a closure reached from its
// literal inside the enclosing function's walk).
void esc_walk_func(Batch *b, Func *fn) {
    Esc e = {.b = b, .fn = fn, .loop_depth = 1};
    if (!fn->body)
        return;
    Vec seen = {0};
    scan_labels(&seen, &e.looping_labels, &fn->body->stmts);
    esc_info(fn)->state = FN_STARTED;
    block(&e, fn->body);
}
