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

#include <math.h>
#include <string.h>

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

// The intrinsic fn names, or INTR_NONE.
Intrinsic esc_static_intrinsic(Expr *fn) {
    Expr *v = esc_static_value(fn);
    if (v && (v->kind == EXPR_IDENT || v->kind == EXPR_SELECTOR) && v->obj &&
        v->obj->kind == OBJ_FUNC)
        return v->obj->intrinsic;
    return INTR_NONE;
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

// ---------------------------------------------------------------- constants as gc prints them

// A rune as Go's %q prints it: 'a', '\n', 'é', '\x00'.
static const char *quote_rune(int64_t r) {
    switch (r) {
    case '\a': return "'\\a'";
    case '\b': return "'\\b'";
    case '\f': return "'\\f'";
    case '\n': return "'\\n'";
    case '\r': return "'\\r'";
    case '\t': return "'\\t'";
    case '\v': return "'\\v'";
    case '\\': return "'\\\\'";
    case '\'': return "'\\''";
    default: break;
    }
    if (r < 0x20 || r == 0x7f)
        return arena_sprintf("'\\x%02x'", (unsigned)r);
    char buf[8] = {0};
    if (r < 0x80) {
        buf[0] = (char)r;
    } else if (r < 0x800) {
        buf[0] = (char)(0xc0 | (r >> 6));
        buf[1] = (char)(0x80 | (r & 0x3f));
    } else if (r < 0x10000) {
        buf[0] = (char)(0xe0 | (r >> 12));
        buf[1] = (char)(0x80 | ((r >> 6) & 0x3f));
        buf[2] = (char)(0x80 | (r & 0x3f));
    } else {
        buf[0] = (char)(0xf0 | (r >> 18));
        buf[1] = (char)(0x80 | ((r >> 12) & 0x3f));
        buf[2] = (char)(0x80 | ((r >> 6) & 0x3f));
        buf[3] = (char)(0x80 | (r & 0x3f));
    }
    return arena_sprintf("'%s'", buf);
}

// gc's -m spelling of a constant (ir's OLITERAL): the value as go/constant
// prints it (floats with 6 significant digits), wrapped as T(v) unless T is
// the default type of the constant's kind; a rune as 'x'.
// go/constant's String of a string: quoted, cut to 69 runes and "..." when
// the quoted form is longer than 72 runes.
static const char *short_quoted(ConstVal *c) {
    const char *q = const_string(c);
    int runes = 0;
    for (const char *p = q; *p; p++)
        runes += ((unsigned char)*p & 0xc0) != 0x80;
    if (runes <= 72)
        return q;
    const char *p = q;
    for (int n = 0; n < 69 && *p; n++)
        for (p++; ((unsigned char)*p & 0xc0) == 0x80; p++) {
        }
    return arena_sprintf("%.*s...", (int)(p - q), q);
}

// go/constant's String of a float: %.6g, or every digit when %.6g would make
// a fraction look like an integer; constants have no negative zero.
static const char *float_text(long double f) {
    if (f == 0)
        return "0";
    const char *s = arena_sprintf("%.6Lg", f);
    if (f != floorl(f) && !strchr(s, '.') && !strchr(s, 'e'))
        s = arena_sprintf("%.17Lg", f);
    return s;
}

const char *esc_const_text(Expr *v) {
    ConstVal *c = &v->cval;
    Type *t = v->type;
    // rune is int32 in gosub's types: an int32 constant prints as a rune.
    bool rune = v->kind == EXPR_CHAR_LIT || t == type_untyped_rune || t == type_int32;
    if (rune && c->kind == CONST_INT && c->i >= 0 && c->i <= 0x10ffff)
        return quote_rune((int64_t)c->i);
    const char *val;
    Type *def;
    switch (c->kind) {
    case CONST_BOOL: val = c->b ? "true" : "false"; def = type_bool; break;
    case CONST_INT: val = const_string(c); def = type_int; break;
    case CONST_FLOAT: val = float_text(c->f); def = type_float64; break;
    case CONST_STRING: val = short_quoted(c); def = type_string; break;
    case CONST_COMPLEX: val = const_string(c); def = type_complex128; break;
    default: return const_string(c);
    }
    if (!t || t == def || type_is_untyped(t))
        return val;
    return arena_sprintf("%s(%s)", type_str_local(t), val);
}
