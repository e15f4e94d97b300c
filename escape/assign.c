// assign.c: assignments -- where values are stored.
//
// esc_addr(x) returns the hole that stores into the addressable x: a local
// variable's own location; the heap for globals and for every store through
// a pointer or into a slice element (gc does not track what a pointer points
// to: *p = v and s[i] = v send v's addresses to the heap).  Declarations
// record the loop depth at which a variable is born (gc's ODCL).
#include "esc.h"

#include <string.h>

// ---------------------------------------------------------------- assignments

static Hole mutate(Esc *e, Expr *x) {
    esc_expr(e, esc_mutator_hole(e), x);
    return esc_heap_hole(e);
}

Hole esc_addr(Esc *e, Expr *x) {
    x = esc_unparen(x);
    if (!x)
        return esc_discard_hole(e);
    switch (x->kind) {
    case EXPR_IDENT:
        if (!x->obj || esc_is_blank_obj(x->obj) || x->obj->kind != OBJ_VAR)
            return esc_discard_hole(e);
        if (esc_is_local_var(x->obj))
            esc_note_capture_use(e, x->obj, x->pos);
        return esc_is_local_var(x->obj) ? esc_hole(esc_local_loc(e, x->obj)) : esc_heap_hole(e);
    case EXPR_SELECTOR:
        if (x->obj)  // package member
            return esc_heap_hole(e);
        return x->implicit_deref ? mutate(e, x->x) : esc_addr(e, x->x);
    case EXPR_INDEX: {
        Type *t = x->x && x->x->type ? type_under(x->x->type) : NULL;
        if (!t) {
            esc_discard(e, x);
            return esc_heap_hole(e);
        }
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
void esc_dcl(Esc *e, Obj *var) {
    if (esc_is_local_var(var) && !esc_is_blank_obj(var))
        esc_local_loc(e, var)->loop_depth = e->loop_depth;
}

static const char *list_text(Vec *v) {
    const char *s = "";
    for (int i = 0; i < v->len; i++)
        s = arena_sprintf("%s%s%s", s, i ? ", " : "", esc_text(VEC_AT(*v, i)));
    return s;
}

// gc's spelling of an assignment or return, for -m=2's notes.
const char *esc_stmt_text(Stmt *s) {
    if (s->kind == STMT_RETURN)
        return s->rhs.len ? arena_sprintf("return %s", list_text(&s->rhs)) : "return";
    return arena_sprintf("%s %s %s", list_text(&s->lhs), tok_string(s->op), list_text(&s->rhs));
}

static void flow_to(Esc *e, Hole k, Expr *src, Stmt *where, const char *why) {
    if (!src)
        return;
    if (e->b->verbosity >= 2 && where)
        k = hole_note(e->b, k, esc_stmt_text(where), where->pos, why);
    esc_expr(e, k, src);
}

// ---------------------------------------------------------------- self-assignment
// gc ignores assignments that store into an object what it already holds:
//     b.buf = b.buf[n:m]      val.x = val.y      p.pairs[0] = p.pairs[1]
// Without this, the store through b would make b's content escape.

static bool same_safe_expr(Expr *l, Expr *r) {
    l = esc_unparen(l);
    r = esc_unparen(r);
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
    x = esc_unparen(x);
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
    x = esc_unparen(x);
    Expr *b = NULL;
    if (x && x->kind == EXPR_STAR)
        b = esc_unparen(x->x);
    else if (x && x->kind == EXPR_SELECTOR && !x->obj && x->implicit_deref)
        b = esc_unparen(x->x);
    return b && b->kind == EXPR_IDENT ? b->obj : NULL;
}

// b.buf = b.buf[n:m]: slicing what b points to back into it.
static bool is_slice_self_assign(Expr *dst, Expr *src) {
    Obj *d = deref_base(dst);
    src = esc_unparen(src);
    if (!d || !src || src->kind != EXPR_SLICE)
        return false;
    Type *t = src->x && src->x->type ? type_under(src->x->type) : NULL;
    if (t && t->kind == TYPE_ARRAY) {
        // Slicing an array stored inside *b puts a pointer to b itself into
        // b; only an array reached through a pointer is fine.
        Expr *a = esc_unparen(src->x);
        if (!(a->kind == EXPR_STAR))
            return false;
        return deref_base(a->x) == d;
    }
    return deref_base(src->x) == d;
}

static bool is_self_assign(Expr *dst, Expr *src) {
    if (is_slice_self_assign(dst, src))
        return true;
    dst = esc_unparen(dst);
    src = esc_unparen(src);
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
// Marks the destinations reassigned, except variables this statement
// declares (gc's reassigned).
static void reassigned(Esc *e, Vec *lhs, Hole *ks, bool defining) {
    for (int i = 0; i < lhs->len; i++) {
        if (defining && esc_declared_here(VEC_AT(*lhs, i)))
            continue;
        ks[i].dst->reassigned = true;
    }
}

void esc_assign_list(Esc *e, Vec *lhs, Vec *rhs, Stmt *where, const char *why) {
    int n = lhs->len;
    Hole *ks = arena_alloc(sizeof(Hole) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++)
        ks[i] = esc_addr(e, VEC_AT(*lhs, i));
    // A declaration or := initialises what it declares; a return assigns
    // the results even though its destinations carry their declarations'
    // positions.
    bool defining = !where || (where->kind == STMT_ASSIGN && where->op == TOK_DEFINE);
    reassigned(e, lhs, ks, defining);
    if (rhs->len == 1 && n > 1) {
        Expr *r = esc_unparen(VEC_AT(*rhs, 0));
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
                           esc_stmt_text(where));
            ks[i] = esc_discard_hole(e);
        }
        flow_to(e, ks[i], src, where, why);
    }
}

bool esc_declared_here(Expr *ident) {
    Obj *o = ident && ident->kind == EXPR_IDENT ? ident->obj : NULL;
    return o && o->pos.line == ident->pos.line && o->pos.col == ident->pos.col && o->pos.file == ident->pos.file;
}

void esc_assign(Esc *e, Stmt *s) {
    if (s->op == TOK_DEFINE) {
        for (int i = 0; i < s->lhs.len; i++) {
            Expr *id = VEC_AT(s->lhs, i);
            if (esc_declared_here(id)) {
                esc_dcl(e, id->obj);
                if (s->lhs.len == s->rhs.len)
                    esc_record_defn(id->obj, VEC_AT(s->rhs, i));
            }
        }
    }
    esc_assign_list(e, &s->lhs, &s->rhs, s, s->lhs.len > 1 ? "assign-pair" : "assign");
}

void esc_var_decl(Esc *e, Decl *d) {
    if (d->kind != DECL_VAR)
        return;
    for (int i = 0; i < d->specs.len; i++) {
        Spec *sp = VEC_AT(d->specs, i);
        for (int j = 0; j < sp->names.len; j++) {
            Expr *id = VEC_AT(sp->names, j);
            esc_dcl(e, id->obj);
            if (sp->names.len == sp->values.len && id->obj)
                esc_record_defn(id->obj, VEC_AT(sp->values, j));
        }
        if (sp->values.len)
            esc_assign_list(e, &sp->names, &sp->values, NULL, "assign");
    }
}

void esc_return(Esc *e, Stmt *s) {
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
    esc_assign_list(e, &dsts, &s->rhs, s, "return");
}

