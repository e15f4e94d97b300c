// check_site.c: allocation sites and gc's spelling of expressions.
//
// site_new records one allocation site in the current function and in the
// program (ids are dense, in creation order: invariant 12).  Sites made while
// checking package-level initialisers have func NULL: they run in the
// package's init code and always live on the heap.
//
// expr_text prints an expression the way gc's -m output and types2's messages
// do: binary operators with spaces ("x + 1"), composite literals abbreviated
// ("[]int{...}", "&Student{...}"), function literals as "func literal",
// conversions to unnamed types parenthesised ("([]byte)(s)"), calls with their
// arguments ("make([]int, 0, 20)").
#include "check.h"

#include <string.h>

// gc's -m prints a packed variadic call as f(x, ... argument...).
static bool m_style;

// The expression as gc's -m prints it (site texts).
const char *site_text(Expr *e) {
    m_style = true;
    const char *s = expr_text(e);
    m_style = false;
    return s;
}

Site *site_new(SiteKind kind, Pos pos, Type *type, Expr *e) {
    Site *s = NEW(Site);
    s->kind = kind;
    s->id = ck.prog->sites.len;
    s->pos = pos;
    s->func = ck.fn;
    s->type = type;
    s->count = 1;
    s->size = type ? type->size : -1;
    s->expr = e;
    s->loop_depth = ck.loop_depth;
    s->decision = SITE_HEAP;
    s->text = e ? site_text(e) : "";
    if (e)
        e->site = s;
    vec_push(&ck.prog->sites, s);
    if (ck.fn)
        vec_push(&ck.fn->sites, s);
    return s;
}

// The SITE_VAR of a local variable ("moved to heap: x"), made once.
Site *var_site(Obj *v) {
    if (v->site || v->is_global || !v->func)
        return v->site;
    Site *s = NEW(Site);
    s->kind = SITE_VAR;
    s->id = ck.prog->sites.len;
    s->pos = v->pos;
    s->func = v->func;
    s->type = v->type;
    s->count = 1;
    s->size = v->type ? v->type->size : -1;
    s->text = v->name;
    s->var = v;
    s->loop_depth = v->loop_depth;
    s->decision = SITE_HEAP;
    v->site = s;
    vec_push(&ck.prog->sites, s);
    vec_push(&v->func->sites, s);
    return s;
}

// ---------------------------------------------------------------- expression printer

static const char *signature_text(Expr *ft);

static const char *list_text(Vec *v) {
    const char *s = "";
    for (int i = 0; i < v->len; i++)
        s = arena_sprintf("%s%s%s", s, i ? ", " : "", expr_text(v->data[i]));
    return s;
}

static const char *type_text(Expr *e) {
    if (e->type && e->is_type && e->type != type_invalid &&
        (e->kind == EXPR_STRUCT_TYPE || e->kind == EXPR_FUNC_TYPE || e->kind == EXPR_INTERFACE_TYPE))
        return type_str_local(e->type);
    switch (e->kind) {
    case EXPR_ARRAY_TYPE:
        if (!e->len)
            return arena_sprintf("[]%s", expr_text(e->elem));
        return arena_sprintf("[%s]%s", e->len->kind == EXPR_ELLIPSIS ? "..." : expr_text(e->len),
                             expr_text(e->elem));
    case EXPR_STRUCT_TYPE: return "struct{...}";
    case EXPR_FUNC_TYPE: return signature_text(e);
    case EXPR_INTERFACE_TYPE: return "interface{...}";
    case EXPR_MAP_TYPE: return arena_sprintf("map[%s]%s", expr_text(e->key), expr_text(e->elem));
    case EXPR_CHAN_TYPE: return arena_sprintf("chan %s", expr_text(e->elem));
    default: return "?";
    }
}

// An empty literal prints as T{}; the checker may have normalised a struct
// literal's elements to one NULL per field, so "empty" means no element set.
static bool composite_is_empty(Expr *e) {
    for (int i = 0; i < e->elts.len; i++)
        if (e->elts.data[i])
            return false;
    return true;
}

static const char *composite_text(Expr *e) {
    // gc's -m writes "{...}"; types2's messages "{…}" (syntax.ShortString).
    const char *body = composite_is_empty(e) ? "{}" : m_style ? "{...}" : "{\u2026}";
    if (e->type_expr)
        return arena_sprintf("%s%s", expr_text(e->type_expr), body);
    if (e->type && e->type != type_invalid)
        return arena_sprintf("%s%s", type_str_local(e->type), body);
    return body;
}

static const char *convert_text(Expr *e) {
    if (!e->type_expr)
        return expr_text(e->x);  // implicit: gc prints the operand
    const char *t = expr_text(e->type_expr);
    if (t[0] == '[' || t[0] == '*' || !strncmp(t, "func", 4) || !strncmp(t, "chan", 4))
        return arena_sprintf("(%s)(%s)", t, expr_text(e->x));
    return arena_sprintf("%s(%s)", t, expr_text(e->x));
}

static const char *slice_text(Expr *e) {
    const char *lo = e->lo ? expr_text(e->lo) : "", *hi = e->hi ? expr_text(e->hi) : "";
    if (e->slice3)
        return arena_sprintf("%s[%s:%s:%s]", expr_text(e->x), lo, hi, e->max ? expr_text(e->max) : "");
    return arena_sprintf("%s[%s:%s]", expr_text(e->x), lo, hi);
}

static const char *call_text(Expr *e) {
    // A method call the checker rewrote to T.M(x, args) (invariant 13)
    // prints as written, x.M(args), in messages; -m keeps gc's T.M(x, args).
    Obj *mo = e->fn && e->fn->kind == EXPR_IDENT ? e->fn->obj : NULL;
    if (!m_style && mo && mo->kind == OBJ_FUNC && mo->decl && mo->decl->recv && e->args.len &&
        e->fn->name && strchr(e->fn->name, '.')) {
        Vec rest = {0};
        for (int i = 1; i < e->args.len; i++)
            vec_push(&rest, e->args.data[i]);
        return arena_sprintf("%s.%s(%s)", expr_text(e->args.data[0]), mo->name, list_text(&rest));
    }
    const char *args = list_text(&e->args);
    if (m_style && e->args.len) {
        Expr *last = e->args.data[e->args.len - 1];
        if (last->site && last->site->kind == SITE_VARIADIC) {
            Vec v = {0};
            for (int i = 0; i < e->args.len - 1; i++)
                vec_push(&v, e->args.data[i]);
            const char *fixed = list_text(&v);
            return arena_sprintf("%s(%s%s... argument...)", expr_text(e->fn), fixed,
                                 v.len ? ", " : "");
        }
    }
    // A variadic pack prints as its elements: f(a, b), not f([]int{...}).
    if (e->args.len) {
        Expr *last = e->args.data[e->args.len - 1];
        if (last->kind == EXPR_COMPOSITE && !last->type_expr && last->site &&
            last->site->kind == SITE_VARIADIC) {
            Vec v = {0};
            for (int i = 0; i < e->args.len - 1; i++)
                vec_push(&v, e->args.data[i]);
            for (int i = 0; i < last->elts.len; i++)
                vec_push(&v, ((Expr *)last->elts.data[i])->value);
            args = list_text(&v);
        } else if (last->kind == EXPR_ZERO) {
            Vec v = {0};
            for (int i = 0; i < e->args.len - 1; i++)
                vec_push(&v, e->args.data[i]);
            args = list_text(&v);
        }
    }
    return arena_sprintf("%s(%s%s)", expr_text(e->fn), args, e->has_dots ? "..." : "");
}

// "(a, b int, s string)" from a parameter or result field list.
static const char *fields_text(Vec *fields) {
    const char *s = "";
    for (int i = 0; i < fields->len; i++) {
        Field *f = fields->data[i];
        const char *names = list_text(&f->names);
        s = arena_sprintf("%s%s%s%s%s", s, i ? ", " : "", names, *names ? " " : "",
                          expr_text(f->type));
    }
    return s;
}

// A signature as written: "func(s string) int", "func(a int) (int, error)".
static const char *signature_text(Expr *ft) {
    const char *res = "";
    if (ft->results.len == 1 && !((Field *)ft->results.data[0])->names.len)
        res = arena_sprintf(" %s", fields_text(&ft->results));
    else if (ft->results.len)
        res = arena_sprintf(" (%s)", fields_text(&ft->results));
    return arena_sprintf("func(%s)%s", fields_text(&ft->params), res);
}

// gc's -m prints a complex constant as its value, never as written, and
// names its type unless it is complex128: z + 1 is "z + (1 + 0i)", 1.5i
// "(0 + 1.5i)", w / 3 (w a complex64) "w / complex64((3 + 0i))".
static const char *complex_const_text(Expr *e) {
    ConstVal c = {.kind = CONST_COMPLEX, .f = const_as_float(&e->cval), .fi = const_imag(&e->cval)};
    const char *v = const_string(&c);
    if (type_is_untyped(e->type) || e->type == type_complex128)
        return v;
    return arena_sprintf("%s(%s)", type_str_local(e->type), v);
}

const char *expr_text(Expr *e) {
    if (!e)
        return "";
    if (m_style && e->is_const && e->type && type_is_complex(e->type))
        return complex_const_text(e);
    switch (e->kind) {
    case EXPR_IDENT: return e->name;
    case EXPR_INT_LIT: case EXPR_FLOAT_LIT: case EXPR_IMAG_LIT: case EXPR_CHAR_LIT:
        return e->lit ? e->lit : const_string(&e->cval);
    case EXPR_STRING_LIT:
        return e->lit ? e->lit : const_string(&(ConstVal){.kind = CONST_STRING, .s = e->sval, .slen = e->slen});
    case EXPR_COMPOSITE: return composite_text(e);
    case EXPR_FUNC_LIT:
        // types2 prints the literal's signature; gc's -m says "func literal".
        return m_style || !e->type_expr ? "func literal"
                                        : arena_sprintf("%s {\u2026}", signature_text(e->type_expr));
    case EXPR_PAREN: return arena_sprintf("(%s)", expr_text(e->x));
    case EXPR_SELECTOR:
        if (e->promoted && !m_style)  // types2 prints the selector as written
            return expr_text(e->x);
        return arena_sprintf("%s.%s", expr_text(e->x), e->name);
    case EXPR_INDEX: return arena_sprintf("%s[%s]", expr_text(e->x), expr_text(e->index));
    case EXPR_SLICE: return slice_text(e);
    case EXPR_TYPE_ASSERT:
        return arena_sprintf("%s.(%s)", expr_text(e->x), e->type_expr ? expr_text(e->type_expr) : "type");
    case EXPR_CALL: return call_text(e);
    case EXPR_STAR:
        if (e->implicit_deref)  // the checker's (*p)[i] for p[i]
            return expr_text(e->x);
        // gc's -m parenthesises a dereference of a dereference: *(*p).
        if (m_style && e->x->kind == EXPR_STAR && !e->x->implicit_deref)
            return arena_sprintf("*(%s)", expr_text(e->x));
        return arena_sprintf("*%s", expr_text(e->x));
    case EXPR_UNARY:
        if (e->implicit_deref)  // the & the checker inserts for a pointer method's receiver
            return expr_text(e->x);
        return arena_sprintf("%s%s", tok_string(e->op), expr_text(e->x));
    case EXPR_BINARY:
        return arena_sprintf("%s %s %s", expr_text(e->x), tok_string(e->op), expr_text(e->y));
    case EXPR_KEY_VALUE: return arena_sprintf("%s: %s", expr_text(e->key), expr_text(e->value));
    case EXPR_CONVERT: return convert_text(e);
    case EXPR_ZERO: return "nil";
    case EXPR_RESULT: return expr_text(e->x);
    case EXPR_ELLIPSIS: return arena_sprintf("...%s", expr_text(e->elem));
    default: return type_text(e);
    }
}
