// ptrmap.c: a pointer-keyed hash map (open addressing, linear probing).
//
// The escape pass keeps its side tables here rather than in fields of the
// typed IR: a variable's location, a function's summary.  Keys are hashed by
// address; the table doubles at 50% load, so lookups stay O(1) and the pass
// stays linear in the program's size.
#include "esc.h"

#include <stdlib.h>

static size_t hash_ptr(const void *p) {
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t)x;
}

static int find_slot(const PtrMap *m, const void *key) {
    size_t mask = (size_t)m->cap - 1;
    size_t i = hash_ptr(key) & mask;
    while (m->keys[i] && m->keys[i] != key)
        i = (i + 1) & mask;
    return (int)i;
}

void *ptrmap_get(PtrMap *m, const void *key) {
    if (!m->cap)
        return NULL;
    int i = find_slot(m, key);
    return m->keys[i] ? m->vals[i] : NULL;
}

static void grow(PtrMap *m) {
    PtrMap old = *m;
    m->cap = old.cap ? old.cap * 2 : 64;
    m->keys = calloc((size_t)m->cap, sizeof *m->keys);
    m->vals = calloc((size_t)m->cap, sizeof *m->vals);
    if (!m->keys || !m->vals)
        abort();  // out of memory: the compiler cannot go on
    m->count = 0;
    for (int i = 0; i < old.cap; i++)
        if (old.keys[i])
            ptrmap_put(m, old.keys[i], old.vals[i]);
    free(old.keys);
    free(old.vals);
}

void ptrmap_put(PtrMap *m, const void *key, void *val) {
    if (2 * (m->count + 1) > m->cap)
        grow(m);
    int i = find_slot(m, key);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->count++;
    }
    m->vals[i] = val;
}

void ptrmap_clear(PtrMap *m) {
    free(m->keys);
    free(m->vals);
    *m = (PtrMap){0};
}
