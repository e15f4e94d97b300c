// string.c: strings, runes, interface comparison and slice growth.
//
// Runes follow unicode/utf8 exactly: a byte sequence that is not the
// shortest encoding of a valid code point (overlong forms, surrogates
// U+D800-DFFF, values above U+10FFFF, truncated sequences) decodes as
// U+FFFD with width 1, so `for range` over bad UTF-8 advances one byte at a
// time, and encoding an invalid rune writes U+FFFD.
//
// Interface equality (==, !=, switch on interface values) compares dynamic
// types by descriptor identity, then values by kind; slices, maps and funcs
// (also inside arrays and structs) are uncomparable and panic with
// "runtime error: comparing uncomparable type T" naming the dynamic type,
// as gc's efaceeq does.
//
// append growth is Go 1.26's growslice/nextslicecap: double below 256
// elements, then grow by (cap + 3*256)/4 until large enough, then round the
// byte size up to the allocator's size class, so cap() reports what Go does.
#include <stdio.h>
#include <string.h>

#include "runtime.h"

int64_t rt_strcmp(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen) {
    int64_t n = alen < blen ? alen : blen;
    int c = n > 0 ? memcmp(a, b, (size_t)n) : 0;
    if (c) return c;
    return alen < blen ? -1 : alen > blen;
}

// ---------------------------------------------------------------- methods

const GoMethod *rt_find_method(const GoType *t, const char *name) {
    if (!t) return NULL;
    for (int64_t i = 0; i < t->nmethods; i++)
        if (!strcmp(t->methods[i].name, name)) return &t->methods[i];
    return NULL;
}

const GoMethod *rt_find_string_method(const GoType *t, const char *name) {
    const GoMethod *m = rt_find_method(t, name);
    if (!m || !m->fn || (m->sig && strcmp(m->sig->name, "func() string") != 0)) return NULL;
    return m;
}

GoString rt_call_string_method(const GoMethod *m, void *data) {
    GoString (*fn)(void *) = (GoString (*)(void *))m->fn;
    return fn(data);
}

bool rt_is_pointer_shaped(const GoType *t) {
    switch (t->kind) {
    case GOKIND_POINTER: case GOKIND_MAP: case GOKIND_CHAN: case GOKIND_FUNC:
    case GOKIND_UNSAFE_POINTER:
        return true;
    default:
        return false;
    }
}

// ---------------------------------------------------------------- equality

static bool comparable(const GoType *t) {
    switch (t->kind) {
    case GOKIND_SLICE: case GOKIND_MAP: case GOKIND_FUNC:
        return false;
    case GOKIND_ARRAY:
        return comparable(t->elem);
    case GOKIND_STRUCT:
        for (int64_t i = 0; i < t->len; i++)
            if (!comparable(t->fields[i].type)) return false;
        return true;
    default:
        return true;
    }
}

static bool value_eq(const GoType *t, const void *a, const void *b);

static bool iface_eq(const GoEface *x, const GoEface *y) {
    return rt_efaceeq(x->type, x->data, y->type, y->data);
}

static bool struct_eq(const GoType *t, const uint8_t *a, const uint8_t *b) {
    for (int64_t i = 0; i < t->len; i++) {
        const GoField *f = &t->fields[i];
        if (f->name && !strcmp(f->name, "_")) continue;
        if (!value_eq(f->type, a + f->offset, b + f->offset)) return false;
    }
    return true;
}

// Compares two values of type t stored at a and b.
static bool value_eq(const GoType *t, const void *a, const void *b) {
    switch (t->kind) {
    case GOKIND_FLOAT32: return *(const float *)a == *(const float *)b;
    case GOKIND_FLOAT64: return *(const double *)a == *(const double *)b;
    case GOKIND_COMPLEX64:
        return ((const float *)a)[0] == ((const float *)b)[0] && ((const float *)a)[1] == ((const float *)b)[1];
    case GOKIND_COMPLEX128:
        return ((const double *)a)[0] == ((const double *)b)[0] && ((const double *)a)[1] == ((const double *)b)[1];
    case GOKIND_STRING: {
        const GoString *x = a, *y = b;
        return x->len == y->len && (x->len == 0 || !memcmp(x->ptr, y->ptr, (size_t)x->len));
    }
    case GOKIND_INTERFACE: return iface_eq(a, b);
    case GOKIND_ARRAY:
        for (int64_t i = 0; i < t->len; i++)
            if (!value_eq(t->elem, (const uint8_t *)a + i * t->elem->size, (const uint8_t *)b + i * t->elem->size))
                return false;
        return true;
    case GOKIND_STRUCT: return struct_eq(t, a, b);
    default: return memcmp(a, b, (size_t)t->size) == 0;  // bools, integers, pointers
    }
}

bool rt_comparable(const GoType *t) {
    return comparable(t);
}

bool rt_valueeq(const GoType *t, const void *a, const void *b) {
    return value_eq(t, a, b);
}

bool rt_efaceeq(const GoType *ta, void *da, const GoType *tb, void *db) {
    if (ta != tb) return false;
    if (!ta) return true;
    if (!comparable(ta)) {
        char m[300];
        snprintf(m, sizeof m, "runtime error: comparing uncomparable type %s", ta->name ? ta->name : "?");
        rt_panic_msg(m);
    }
    if (rt_is_pointer_shaped(ta)) return da == db;
    return value_eq(ta, da, db);
}

// ---------------------------------------------------------------- runes

enum { RUNE_ERROR = 0xFFFD, MAX_RUNE = 0x10FFFF };

// The valid range of the second byte for a given leading byte (utf8's
// acceptRanges); lo > hi marks an invalid leading byte.
static void second_range(uint8_t b0, uint8_t *lo, uint8_t *hi, int *size) {
    *lo = 0x80, *hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) *size = 2;
    else if (b0 >= 0xE0 && b0 <= 0xEF) {
        *size = 3;
        if (b0 == 0xE0) *lo = 0xA0;
        if (b0 == 0xED) *hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        *size = 4;
        if (b0 == 0xF0) *lo = 0x90;
        if (b0 == 0xF4) *hi = 0x8F;
    } else {
        *size = 0;
    }
}

int32_t rt_decoderune(const uint8_t *s, int64_t len, int64_t i, int64_t *next) {
    uint8_t b0 = s[i], lo, hi;
    int size;
    *next = i + 1;
    if (b0 < 0x80) return b0;
    second_range(b0, &lo, &hi, &size);
    if (size == 0 || i + size > len) return RUNE_ERROR;
    uint8_t b1 = s[i + 1];
    if (b1 < lo || b1 > hi) return RUNE_ERROR;
    int32_t r;
    if (size == 2) {
        r = (b0 & 0x1F) << 6 | (b1 & 0x3F);
    } else {
        uint8_t b2 = s[i + 2];
        if (b2 < 0x80 || b2 > 0xBF) return RUNE_ERROR;
        if (size == 3) {
            r = (b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F);
        } else {
            uint8_t b3 = s[i + 3];
            if (b3 < 0x80 || b3 > 0xBF) return RUNE_ERROR;
            r = (b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | (b3 & 0x3F);
        }
    }
    *next = i + size;
    return r;
}

int64_t rt_encoderune(uint8_t *buf, int32_t r) {
    uint32_t u = (uint32_t)r;
    if (u < 0x80) {
        buf[0] = (uint8_t)u;
        return 1;
    }
    if (u < 0x800) {
        buf[0] = (uint8_t)(0xC0 | u >> 6);
        buf[1] = (uint8_t)(0x80 | (u & 0x3F));
        return 2;
    }
    if (u > MAX_RUNE || (u >= 0xD800 && u <= 0xDFFF)) u = RUNE_ERROR;
    if (u < 0x10000) {
        buf[0] = (uint8_t)(0xE0 | u >> 12);
        buf[1] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
        buf[2] = (uint8_t)(0x80 | (u & 0x3F));
        return 3;
    }
    buf[0] = (uint8_t)(0xF0 | u >> 18);
    buf[1] = (uint8_t)(0x80 | ((u >> 12) & 0x3F));
    buf[2] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
    buf[3] = (uint8_t)(0x80 | (u & 0x3F));
    return 4;
}

// ---------------------------------------------------------------- append

// Go's nextslicecap: the 256-element threshold and the (cap + 768)/4 step
// give a smooth transition from 2x growth to 1.25x.
static int64_t next_slice_cap(int64_t newlen, int64_t oldcap) {
    int64_t newcap = oldcap, doublecap = oldcap + oldcap;
    if (newlen > doublecap) return newlen;
    const int64_t threshold = 256;
    if (oldcap < threshold) return doublecap;
    for (;;) {
        newcap += (newcap + 3 * threshold) >> 2;
        if ((uint64_t)newcap >= (uint64_t)newlen) break;
    }
    return newcap <= 0 ? newlen : newcap;
}

// Go's maxAlloc on 64-bit Linux: 2^48 bytes.
#define MAX_ALLOC ((int64_t)1 << 48)

void *rt_growslice(void *old, int64_t len, int64_t cap, int64_t needed, int64_t elemsize,
                   const GoType *elem, int64_t *newcap) {
    static uint64_t zero_elems;  // zero-size elements all live here, like Go's zerobase
    if (needed < 0) rt_panic_msg("runtime error: growslice: len out of range");
    if (elemsize == 0) {
        *newcap = needed;
        return &zero_elems;
    }
    int64_t nc = next_slice_cap(needed, cap);
    if (nc > MAX_ALLOC / elemsize) rt_panic_msg("runtime error: growslice: len out of range");
    bool noscan = elem == NULL || elem->ptrmask == NULL;
    int64_t capmem = gc_roundupsize(nc * elemsize, noscan);
    nc = capmem / elemsize;
    void *p = gc_alloc(nc * elemsize, noscan ? NULL : elem);
    if (len > 0) memcpy(p, old, (size_t)(len * elemsize));
    *newcap = nc;
    return p;
}
