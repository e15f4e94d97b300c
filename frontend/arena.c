// arena.c: the compiler's one allocation funnel.
//
// Memory is carved from large zeroed chunks and never freed: a compilation is
// a short-lived process, and arenas make every pass free of ownership rules.
#include "frontend.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// 1 MiB chunks: large enough that the chunk list stays short, small enough not
// to waste memory on tiny programs.
enum { ARENA_CHUNK = 1 << 20 };

static char *arena_cur;
static size_t arena_left;

static void arena_out_of_memory(void) {
    fputs("gosub: out of memory\n", stderr);
    exit(1);
}

void *arena_alloc(size_t size) {
    size = (size + 15) & ~(size_t)15;
    if (size > arena_left) {
        size_t chunk = size > ARENA_CHUNK ? size : ARENA_CHUNK;
        arena_cur = calloc(1, chunk);
        if (!arena_cur)
            arena_out_of_memory();
        arena_left = chunk;
    }
    void *p = arena_cur;
    arena_cur += size;
    arena_left -= size;
    return p;
}

char *arena_strndup(const char *s, size_t n) {
    char *p = arena_alloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *arena_strdup(const char *s) { return arena_strndup(s, strlen(s)); }

char *arena_sprintf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = arena_alloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void vec_push(Vec *v, void *item) {
    if (v->len == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        void **data = arena_alloc(sizeof(void *) * (size_t)cap);
        if (v->len)
            memcpy(data, v->data, sizeof(void *) * (size_t)v->len);
        v->data = data;
        v->cap = cap;
    }
    v->data[v->len++] = item;
}
