// check_map.c: map types, index expressions, literals and builtins (spec: Map
// types, Index expressions, Composite literals, Deletion of map elements,
// Clear, Making slices, maps and channels).
//
// The typed IR for maps (frontend.h, invariant 15):
//     m[k]              EXPR_INDEX, x of map type, index converted to the key
//                       type, type the element type; never addressable, but a
//                       valid assignment target (m[k] = v, m[k] op= v, m[k]++)
//     v, ok := m[k]     the same EXPR_INDEX typed as the 2-tuple (elem, bool)
//     map[K]V{k: v}     EXPR_COMPOSITE whose elts are EXPR_KEY_VALUE with key
//                       and value converted; a SITE_MAKE_MAP site, count = len
//     make(map[K]V, n)  args[0] the type, args[1] (optional) converted to int;
//                       a SITE_MAKE_MAP site
//     delete(m, k)      k converted to the key type
//     clear(m), len(m)  as for slices
//     for k, v := range m   key_var/value_var of the key and element types
#include "check.h"

bool is_map_index(Expr *e) {
    e = strip_parens(e);
    return e && e->kind == EXPR_INDEX && e->x && e->x->type && type_under(e->x->type)->kind == TYPE_MAP;
}

// map[K]V: K must be comparable (spec: Map types).
Type *check_map_type(Expr *e) {
    ck.ptr_depth++;
    Type *key = check_type(e->key);
    Type *elem = check_type(e->elem);
    ck.ptr_depth--;
    if (key == type_invalid || elem == type_invalid)
        return type_invalid;
    Type *ku = type_under(key);
    if (ku && ku != type_invalid && !type_comparable(key)) {
        errorf(start_pos(e->key), "invalid map key type %s", type_str_local(key));
        return type_invalid;
    }
    return type_map(key, elem);
}

// m[k]; e->x is checked and of map type u.
void check_map_index(Expr *e, Type *u) {
    check_value(e->index);
    if (is_invalid(e->index)) {
        e->type = type_invalid;
        return;
    }
    e->index = assign_conv(e->index, u->key, "map index");
    e->type = is_invalid(e->index) ? type_invalid : u->elem;
    e->addressable = false;
}

// v, ok := m[k]: retypes the index expression r (or its parenthesized rhs)
// as the 2-tuple (elem, bool).  Returns false when r is not a map index.
bool comma_ok_map(Expr *rhs) {
    Expr *r = strip_parens(rhs);
    if (!is_map_index(r) || !r->type || r->type->kind == TYPE_TUPLE || is_invalid(r))
        return false;
    Type *pair[2] = {r->type, type_bool};
    r->type = type_tuple(pair, 2);
    rhs->type = r->type;
    return true;
}

static Site *map_site(Expr *e, Type *t, int64_t hint) {
    Site *s = site_new(SITE_MAKE_MAP, e->pos, t, e);
    s->count = hint;
    return s;
}

// map[K]V{k: v, ...}
void check_map_lit(Expr *e, Type *t, Type *u) {
    ConstSet keys = {0};  // constant keys, for "duplicate key"
    for (int i = 0; i < e->elts.len; i++) {
        Expr *kv = e->elts.data[i];
        if (kv->kind != EXPR_KEY_VALUE) {
            errorf(start_pos(kv), "missing key in map literal");
            check_raw(kv);
            continue;
        }
        kv->key = check_element(kv->key, u->key, "map literal");
        kv->value = check_element(kv->value, u->elem, "map literal");
        kv->type = u->elem;
        if (kv->key->is_const && constset_add(&keys, kv->key))
            errorf(start_pos(kv->key), "duplicate key %s in map literal", const_string(&kv->key->cval));
    }
    e->type = t;
    map_site(e, u, e->elts.len);
}

// make(map[K]V[, hint]); args[0] is checked.
void builtin_make_map(Expr *e, Type *t) {
    if (e->args.len > 2) {
        errorf(start_pos(e), "invalid operation: %s expects 1 or 2 arguments; found %d", expr_text(e),
               e->args.len);
        e->type = type_invalid;
        return;
    }
    if (e->args.len == 2) {
        e->args.data[1] = check_size_arg(e, 1, "size");
        if (is_invalid(e->args.data[1])) {
            e->type = type_invalid;
            return;
        }
    }
    e->type = t;
    Expr *n = e->args.len == 2 ? e->args.data[1] : NULL;
    e->site = map_site(e, type_under(t), n && n->is_const ? (int64_t)n->cval.i : (n ? -1 : 0));
    if (n && !n->is_const)
        e->site->count_expr = n;
}

// delete(m, k)
void builtin_delete(Expr *e) {
    e->type = NULL;
    if (e->args.len != 2) {
        for (int i = 0; i < e->args.len; i++)
            check_raw(e->args.data[i]);
        errorf(start_pos(e), "invalid operation: %s arguments for %s (expected 2, found %d)",
               e->args.len < 2 ? "not enough" : "too many", expr_text(e), e->args.len);
        e->type = type_invalid;
        return;
    }
    Expr *m = e->args.data[0];
    check_value(m);
    check_value(e->args.data[1]);
    if (is_invalid(m) || is_invalid(e->args.data[1])) {
        e->type = type_invalid;
        return;
    }
    Type *u = type_under(m->type);
    if (u->kind != TYPE_MAP) {
        errorf(start_pos(m), "invalid argument: %s is not a map", operand_string(m));
        e->type = type_invalid;
        return;
    }
    e->args.data[1] = assign_conv(e->args.data[1], u->key, "argument to delete");
}
