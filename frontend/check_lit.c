// check_lit.c: composite literals, function literals and closure captures
// (spec: Composite literals, Function literals).
//
// A struct literal is normalised to one element per field in field order (NULL
// for a field left zero); an array or slice literal to key:value pairs with
// constant int keys (invariant 7).  Elided element types are filled in, and an
// elided &T becomes an explicit &T{...} with its SITE_ADDR_LIT site.
//
// A function literal becomes a Func named as gc names it (main.F.func1,
// main.F.func1.1, main.init.func1 at package level).  Every reference to a
// variable of an enclosing function adds a Capture to each closure between the
// reference and the variable's function.  Once the enclosing top-level
// function is checked, finalize_captures applies gc's rule: by value when the
// variable is never reassigned after its declaration, never address-taken and
// at most 128 bytes; otherwise by reference, and the variable gets a SITE_VAR.
//     x := 0; f := func() int { return x }   // x by value
//     y := 0; g := func() { y++ }            // y by reference: "moved to heap: y"
#include "check.h"

#include <string.h>

// gc's limit for capturing by value (escape.go flowClosure).
enum { CAPTURE_BY_VALUE_MAX = 128 };

static Expr *invalid_lit(Expr *e) {
    e->type = type_invalid;
    return e;
}

// Elided `&T` in []*T{{...}}: rewrites the element into &T{...}.
static Expr *elided_addr(Expr *v, Type *ptr) {
    Expr *lit = NEW(Expr);
    *lit = *v;
    v->kind = EXPR_UNARY;
    v->op = TOK_AND;
    v->x = lit;
    v->elts = (Vec){0};
    check_composite(lit, type_under(ptr)->elem);
    if (is_invalid(lit))
        return invalid_lit(v);
    v->type = ptr;
    Site *s = site_new(SITE_ADDR_LIT, v->pos, lit->type, v);
    s->text = arena_sprintf("&%s", site_text(lit));
    return v;
}

// An element value: a literal with an elided type takes the element type.
Expr *check_element(Expr *v, Type *t, const char *ctx) {
    if (v->kind == EXPR_COMPOSITE && !v->type_expr) {
        Type *u = type_under(t);
        if (u->kind == TYPE_POINTER && !v->type_expr)
            return elided_addr(v, t);
        check_composite(v, t);
        return v;
    }
    check_value(v);
    return assign_conv(v, t, ctx);
}

static int field_index(Type *st, const char *name) {
    for (int i = 0; i < st->nfields; i++)
        if (!strcmp(st->fields[i].name, name))
            return i;
    return -1;
}

static void struct_keyed(Expr *e, Type *t, Type *st, Expr **slots) {
    for (int i = 0; i < e->elts.len; i++) {
        Expr *kv = e->elts.data[i];
        if (kv->kind != EXPR_KEY_VALUE) {
            errorf(start_pos(kv), "mixture of field:value and value elements in struct literal");
            check_raw(kv);
            continue;
        }
        Expr *k = kv->key;
        int fi = k->kind == EXPR_IDENT ? field_index(st, k->name) : -1;
        if (fi < 0) {
            errorf(start_pos(k), "unknown field %s in struct literal of type %s", expr_text(k),
                   type_str_local(t));
            check_raw(kv->value);
            continue;
        }
        if (slots[fi]) {
            errorf(start_pos(k), "duplicate field name %s in struct literal", k->name);
            continue;
        }
        slots[fi] = check_element(kv->value, st->fields[fi].type, "struct literal");
    }
}

static void struct_positional(Expr *e, Type *t, Type *st, Expr **slots) {
    for (int i = 0; i < e->elts.len; i++) {
        Expr *v = e->elts.data[i];
        if (v->kind == EXPR_KEY_VALUE) {
            errorf(start_pos(v), "mixture of field:value and value elements in struct literal");
            continue;
        }
        if (i >= st->nfields) {
            errorf(start_pos(v), "too many values in struct literal of type %s", type_str_local(t));
            return;
        }
        slots[i] = check_element(v, st->fields[i].type, "struct literal");
    }
    if (e->elts.len && e->elts.len < st->nfields) {
        // gc reports at the closing brace; the AST has none, so estimate it
        // from the last element (exact when it sits on one line).
        Expr *last = e->elts.data[e->elts.len - 1];
        Pos p = start_pos(last);
        p.col += (int)strlen(expr_text(last));
        errorf(p, "too few values in struct literal of type %s", type_str_local(t));
    }
}

static void check_struct_lit(Expr *e, Type *t, Type *st) {
    Expr **slots = arena_alloc(sizeof(Expr *) * (size_t)(st->nfields + 1));
    bool keyed = e->elts.len && ((Expr *)e->elts.data[0])->kind == EXPR_KEY_VALUE;
    if (keyed)
        struct_keyed(e, t, st, slots);
    else
        struct_positional(e, t, st, slots);
    e->elts = (Vec){0};
    for (int i = 0; i < st->nfields; i++)
        vec_push(&e->elts, slots[i]);
}

// A constant index key of an array or slice literal.
static bool literal_key(Expr *k, int64_t len, int64_t *out) {
    check_value(k);
    if (is_invalid(k))
        return false;
    ConstVal v;
    if (!k->is_const || !type_is_integer(k->type) || !const_to_int(&k->cval, &v)) {
        if (k->is_const && const_to_int(&k->cval, &v) && type_is_untyped(k->type)) {
            // an untyped float constant with an integral value is fine
        } else {
            errorf(start_pos(k), "index %s must be integer constant", expr_text(k));
            return false;
        }
    }
    if (v.i < 0) {
        errorf(start_pos(k), "index %s must be non-negative integer constant", expr_text(k));
        return false;
    }
    if (len >= 0 && v.i >= len) {
        errorf(start_pos(k), "invalid argument: index %s out of bounds [0:%lld]", const_string(&v),
               (long long)len);
        return false;
    }
    *out = (int64_t)v.i;
    return true;
}

static Expr *int_key(Pos pos, int64_t i) {
    Expr *k = new_expr(EXPR_INT_LIT, pos, type_int);
    k->is_const = true;
    k->cval = const_int(i);
    k->lit = arena_sprintf("%lld", (long long)i);
    return k;
}

// Array and slice literals; returns the length (max index + 1).
static int64_t check_indexed_lit(Expr *e, Type *elem, int64_t len) {
    Vec out = {0};
    int64_t next = 0, max = 0;
    uint8_t *seen = NULL;
    int64_t seen_cap = 0;
    for (int i = 0; i < e->elts.len; i++) {
        Expr *v = e->elts.data[i];
        Pos pos = start_pos(v);
        if (v->kind == EXPR_KEY_VALUE) {
            int64_t k;
            if (literal_key(v->key, len, &k))
                next = k;
            v = v->value;
        } else if (len >= 0 && next >= len) {
            errorf(pos, "index %lld is out of bounds (>= %lld)", (long long)next, (long long)len);
            check_element(v, elem, "array or slice literal");
            continue;
        }
        if (next >= seen_cap) {
            int64_t cap = (next + 1) * 2;
            uint8_t *ns = arena_alloc((size_t)cap);
            if (seen_cap)
                memcpy(ns, seen, (size_t)seen_cap);
            seen = ns;
            seen_cap = cap;
        }
        if (seen[next])
            errorf(pos, "duplicate index %lld in array or slice literal", (long long)next);
        seen[next] = 1;
        Expr *kv = new_expr(EXPR_KEY_VALUE, v->pos, elem);
        kv->key = int_key(pos, next);
        kv->value = check_element(v, elem, "array or slice literal");
        vec_push(&out, kv);
        next++;
        if (next > max)
            max = next;
    }
    e->elts = out;
    return max;
}

// The type a composite literal's type expression denotes; [...]T counts later.
static Type *literal_type(Expr *e, Type *hint, bool *dots) {
    *dots = false;
    Expr *te = e->type_expr;
    if (!te)
        return hint;
    if (te->kind == EXPR_ARRAY_TYPE && te->len && te->len->kind == EXPR_ELLIPSIS) {
        *dots = true;
        Type *elem = check_type(te->elem);
        te->is_type = true;
        return elem == type_invalid ? type_invalid : type_array(elem, 0);
    }
    return check_type(te);
}

// spec: Composite literals.  hint is the element type when the type is elided.
void check_composite(Expr *e, Type *hint) {
    bool dots;
    Type *t = literal_type(e, hint, &dots);
    if (!t) {
        errorf(e->pos, "invalid composite literal type: missing type");
        invalid_lit(e);
        return;
    }
    if (t == type_invalid || !type_under(t) || type_under(t) == type_invalid) {
        // Still check what the elements use (no follow-on "declared and not used").
        for (int i = 0; i < e->elts.len; i++) {
            Expr *v = e->elts.data[i];
            if (v->kind == EXPR_KEY_VALUE && v->key->kind != EXPR_IDENT &&
                v->key->kind != EXPR_COMPOSITE)
                check_raw(v->key);
            if (v->kind == EXPR_KEY_VALUE)
                v = v->value;
            if (v->kind != EXPR_COMPOSITE)
                check_raw(v);
        }
        invalid_lit(e);
        return;
    }
    Type *u = type_under(t);
    switch (u->kind) {
    case TYPE_STRUCT: check_struct_lit(e, t, u); break;
    case TYPE_ARRAY: {
        int64_t n = check_indexed_lit(e, u->elem, dots ? -1 : u->len);
        if (dots) {
            t = type_array(u->elem, n);
            e->type_expr->type = t;
        }
        break;
    }
    case TYPE_SLICE: {
        int64_t n = check_indexed_lit(e, u->elem, -1);
        e->type = t;
        Site *s = site_new(SITE_SLICE_LIT, e->pos, u->elem, e);
        s->count = n;
        s->size = n * u->elem->size;
        break;
    }
    case TYPE_MAP:
        check_map_lit(e, t, u);
        return;
    default:
        errorf(e->pos, "invalid composite literal type %s", type_str_local(t));
        invalid_lit(e);
        return;
    }
    e->type = t;
}

// ---------------------------------------------------------------- closures

static const char *closure_name(Func *outer) {
    if (!outer)
        return arena_sprintf("%s.init.func%d", ck.pkg->name, ++ck.pkg_closures);
    if (!outer->outer)
        return arena_sprintf("%s.func%d", outer->name, ++outer->nclosures);
    return arena_sprintf("%s.%d", outer->name, ++outer->nclosures);
}

// spec: Function literals
void check_func_lit(Expr *e) {
    Type *sig = check_signature(e->type_expr);
    Func *f = func_new(closure_name(ck.fn));
    f->lit = e;
    f->outer = ck.fn;
    f->sig = sig;
    e->func = f;
    e->type = sig;
    if (ck.fn)
        vec_push(&ck.fn->closures, f);
    check_func_body(f, e->body);
    if (f->captures.len) {
        Site *s = site_new(SITE_CLOSURE, e->pos, NULL, e);
        s->size = 8 * (f->captures.len + 1);
        s->type = NULL;
        s->text = "func literal";
    }
}

static void add_capture(Func *f, Obj *var) {
    for (int i = 0; i < f->captures.len; i++)
        if (((Capture *)f->captures.data[i])->var == var)
            return;
    Capture *c = NEW(Capture);
    c->var = var;
    c->index = f->captures.len + 1;
    vec_push(&f->captures, c);
}

// A reference to variable obj from the current function.
void note_var_use(Obj *obj) {
    obj->used = true;
    if (obj->is_global) {
        add_dep(obj);
        return;
    }
    if (!obj->func || obj->func == ck.fn)
        return;
    obj->captured = true;
    for (Func *f = ck.fn; f && f != obj->func; f = f->outer)
        add_capture(f, obj);
}

// The closure's environment as a struct: the code pointer (not a Go pointer:
// it points at text) and one field per capture, the variable's value or its
// address.  It is the type of the SITE_CLOSURE allocation.
static void closure_env_type(Func *c) {
    Site *s = c->lit ? c->lit->site : NULL;
    if (!s)
        return;
    TypeField *fs = arena_alloc(sizeof(TypeField) * (size_t)(c->captures.len + 1));
    fs[0].name = "F";
    fs[0].type = type_uintptr;
    for (int j = 0; j < c->captures.len; j++) {
        Capture *cap = c->captures.data[j];
        fs[j + 1].name = cap->var->name;
        fs[j + 1].type = cap->by_ref ? type_pointer(cap->var->type) : cap->var->type;
    }
    s->type = type_struct(fs, c->captures.len + 1);
    s->size = s->type->size;
}

// gc's rule (escape.go flowClosure): by value when small and never changed.
void finalize_captures(Func *f) {
    for (int i = 0; i < f->closures.len; i++) {
        Func *c = f->closures.data[i];
        for (int j = 0; j < c->captures.len; j++) {
            Capture *cap = c->captures.data[j];
            Obj *v = cap->var;
            cap->by_ref = v->reassigned || v->addr_taken || !v->type ||
                          v->type->size > CAPTURE_BY_VALUE_MAX;
            if (cap->by_ref)
                var_site(v);
        }
        closure_env_type(c);
        finalize_captures(c);
    }
}
