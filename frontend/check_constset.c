// check_constset.c: a set of typed constant expressions, for the checker's
// "duplicate case" (expression switches) and "duplicate key" (map literals)
// errors.
//
// Two entries are equal when they have the same Type and const_compare finds
// their values equal, exactly what the quadratic scans it replaces tested; a
// 20,000-case switch then takes linear time instead of 2*10^8 comparisons.
//
// The set is open addressing with linear probing, doubled when half full (as
// types.c's intern table).  The hash must agree with const_compare: an int and
// a float constant compare as long doubles (const.c, cmp_values), so every
// number is hashed through its long double value, with -0 folded into 0.
// A complex constant hashes both parts the same way; strings hash their bytes.
#include <math.h>
#include <string.h>

#include "check.h"

// Folds v into h with splitmix64's finaliser, so that every bit of the input
// reaches the low bits the table indexes with.
static uint64_t mix(uint64_t h, uint64_t v) {
    uint64_t x = h ^ (v + 0x9e3779b97f4a7c15ull);
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

static uint64_t hash_number(long double x) {
    if (x == 0)
        return 0;
    int e;
    long double m = frexpl(x, &e);  // x = m * 2^e, 0.5 <= |m| < 1
    uint64_t bits = (uint64_t)ldexpl(fabsl(m), 64);
    return mix(mix(bits, (uint64_t)(int64_t)e), m < 0);
}

static uint64_t hash_const(Expr *e) {
    ConstVal *v = &e->cval;
    uint64_t h = mix((uint64_t)(uintptr_t)e->type, 0);
    switch (v->kind) {
    case CONST_BOOL: return mix(h, v->b);
    case CONST_INT: case CONST_FLOAT: return mix(h, hash_number(const_as_float(v)));
    case CONST_COMPLEX: return mix(mix(h, hash_number(v->f)), hash_number(v->fi));
    case CONST_STRING:
        for (int64_t i = 0; i < v->slen; i++)
            h = (h ^ (unsigned char)v->s[i]) * 1099511628211ull;  // FNV-1a
        return mix(h, (uint64_t)v->slen);
    default: return mix(h, v->kind);  // no value: equal to nothing but itself
    }
}

static bool same_const(Expr *a, Expr *b) {
    bool numeric_a = a->cval.kind == CONST_INT || a->cval.kind == CONST_FLOAT;
    bool numeric_b = b->cval.kind == CONST_INT || b->cval.kind == CONST_FLOAT;
    if (a->type != b->type || (a->cval.kind != b->cval.kind && !(numeric_a && numeric_b)))
        return false;
    return const_compare(TOK_EQL, &a->cval, &b->cval);
}

static void constset_grow(ConstSet *s) {
    int ncap = s->cap ? s->cap * 2 : 16;
    Expr **slots = arena_alloc(sizeof(Expr *) * (size_t)ncap);
    for (int i = 0; i < s->cap; i++) {
        if (!s->slots[i])
            continue;
        uint64_t h = hash_const(s->slots[i]) & (uint64_t)(ncap - 1);
        while (slots[h])
            h = (h + 1) & (uint64_t)(ncap - 1);
        slots[h] = s->slots[i];
    }
    s->slots = slots;
    s->cap = ncap;
}

Expr *constset_add(ConstSet *s, Expr *e) {
    if (2 * (s->count + 1) > s->cap)
        constset_grow(s);
    uint64_t h = hash_const(e) & (uint64_t)(s->cap - 1);
    for (; s->slots[h]; h = (h + 1) & (uint64_t)(s->cap - 1))
        if (same_const(s->slots[h], e))
            return s->slots[h];
    s->slots[h] = e;
    s->count++;
    return NULL;
}
