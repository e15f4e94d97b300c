// static.c: values known statically -- gc's ir.StaticValue.
//
// A local variable that is never reassigned after its declaration and whose
// address is never taken always holds the value it was initialised with.
// gc uses this twice during escape analysis, and so does gosub:
//   - a call through such a variable initialised with a function or a func
//     literal is a static call (g := func(p *int) {...}; g(&x) keeps x local);
//   - make([]T, n) where n is such a variable initialised with a constant is
//     rewritten to make([]T, 20), a constant size (Go 1.25, rewriteWithLiterals),
//     and a conversion of such a variable to an interface boxes the constant.
// The walk records each variable's initialiser as it passes the declaration
// (declarations precede uses in a function body, so it is always known in
// time).
#include "esc.h"

static PtrMap defns;  // Obj* -> Expr*: the initialiser at the declaration

void esc_record_defn(Obj *var, Expr *x) {
    if (var && x)
        ptrmap_put(&defns, var, x);
}

void esc_static_reset(void) { ptrmap_clear(&defns); }

static Expr *unparen(Expr *x) {
    while (x && x->kind == EXPR_PAREN)
        x = x->x;
    return x;
}

// One step: the initialiser of a variable that provably still holds it.
static Expr *step(Expr *x) {
    if (!x || x->kind != EXPR_IDENT || !x->obj)
        return NULL;
    Obj *v = x->obj;
    if (v->kind != OBJ_VAR || v->is_global || v->is_param || v->is_result)
        return NULL;
    if (v->reassigned || v->addr_taken)
        return NULL;
    Expr *d = ptrmap_get(&defns, v);
    if (!d || (d->type && d->type->kind == TYPE_TUPLE))
        return NULL;
    return d;
}

Expr *esc_static_value(Expr *x) {
    x = unparen(x);
    // Bounded: a chain of variables is at most as long as the function.
    for (int i = 0; i < 1000; i++) {
        Expr *next = step(x);
        if (!next)
            break;
        x = unparen(next);
        // A conversion between types of one underlying type (gc's OCONVNOP)
        // is transparent.
        while (x->kind == EXPR_CONVERT && !x->site && x->x && x->type && x->x->type &&
               type_under(x->type) == type_under(x->x->type))
            x = unparen(x->x);
    }
    return x;
}

Func *esc_static_callee(Expr *fn) {
    Expr *v = esc_static_value(fn);
    if (!v)
        return NULL;
    if (v->kind == EXPR_FUNC_LIT)
        return v->func;
    if ((v->kind == EXPR_IDENT || v->kind == EXPR_SELECTOR) && v->obj && v->obj->kind == OBJ_FUNC &&
        v->obj->intrinsic == INTR_NONE)
        return v->obj->func;
    return NULL;
}

bool esc_static_int(Expr *x, int64_t *out) {
    Expr *v = esc_static_value(x);
    if (!v || !v->is_const || v->cval.kind != CONST_INT)
        return false;
    if (v->cval.i < 0 || v->cval.i > INT64_MAX)
        return false;
    *out = (int64_t)v->cval.i;
    return true;
}
