// value.c: GosubValues to Go memory and back.
//
// Encoding writes an argument in Go's layout (gosub_rt.h) into a zeroed,
// pinned buffer: scalars in place, a string as {ptr, len} over a copy of its
// bytes on the collector's heap, a slice as {ptr, len, cap} over a heap
// backing array whose descriptor carries the element's pointer mask (so the
// collector traces what the callee stores there), arrays and structs
// element by element.  The rules are Go's assignability for constants:
//     int8 param   <- INT 300          error: 300 overflows int8
//     float64      <- INT 3            3.0
//     int          <- FLOAT 2.0        2 (2.5 is an error)
// Each heap object is stored into reachable memory before the next gc_alloc,
// so a collection during encoding frees nothing.
//
// Decoding copies a result into C memory (malloc): gosub_value_free frees it.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jit.h"
#include "runtime.h"

GosubValue gosub_string(const char *s) { return gosub_bytes(s, (int64_t)strlen(s)); }

// ---------------------------------------------------------------- descriptors

static const GoType **gotypes;
static int ngotypes;

// The collector reads size and ptrmask; the rest is for messages.
const GoType *jit_gotype(Type *t) {
    if (t->id >= ngotypes) {
        int n = t->id + 64;
        gotypes = realloc(gotypes, sizeof(GoType *) * (size_t)n);
        memset(gotypes + ngotypes, 0, sizeof(GoType *) * (size_t)(n - ngotypes));
        ngotypes = n;
    }
    if (gotypes[t->id])
        return gotypes[t->id];
    GoType *g = calloc(1, sizeof *g);
    g->size = t->size;
    g->kind = GOKIND_STRUCT;
    g->align = (int32_t)(t->align > 0 ? t->align : 1);
    g->name = type_str(t);
    if (type_has_pointers(t)) {
        uint8_t *mask = calloc((size_t)((t->size + 63) / 64) + 1, 1);
        type_ptrmask(t, mask);
        g->ptrmask = mask;
    }
    gotypes[t->id] = g;
    return g;
}

// ---------------------------------------------------------------- encoding

static const char *kind_name(GosubKind k) {
    static const char *names[] = {"invalid value", "bool", "integer", "unsigned integer", "float",
                                  "string", "slice", "array", "struct", "pointer"};
    return k <= GOSUB_POINTER ? names[k] : "invalid value";
}

static int mismatch(Type *t, const GosubValue *v, const char *what) {
    return jit_fail("%s: cannot use %s as %s value", what, kind_name(v->kind), type_str(t));
}

// Reads v as an integer: *neg, *mag (the magnitude).  False if not integral.
static bool integer_of(const GosubValue *v, bool *neg, uint64_t *mag) {
    switch (v->kind) {
    case GOSUB_INT:
        *neg = v->i < 0;
        *mag = *neg ? -(uint64_t)v->i : (uint64_t)v->i;
        return true;
    case GOSUB_UINT:
        *neg = false, *mag = v->u;
        return true;
    case GOSUB_FLOAT:
        if (v->f != floor(v->f) || fabs(v->f) >= 0x1p64)
            return false;
        *neg = v->f < 0;
        *mag = (uint64_t)fabs(v->f);
        return true;
    default:
        return false;
    }
}

static int encode_int(Type *t, const GosubValue *v, void *mem, const char *what) {
    bool neg;
    uint64_t mag;
    if (!integer_of(v, &neg, &mag))
        return v->kind == GOSUB_FLOAT ? jit_fail("%s: %g truncated to %s", what, v->f, type_str(t))
                                      : mismatch(t, v, what);
    int bits = (int)type_under(t)->size * 8;
    bool is_unsigned = type_is_unsigned(type_under(t));
    uint64_t max = is_unsigned ? (bits == 64 ? UINT64_MAX : (1ull << bits) - 1)
                               : (1ull << (bits - 1)) - 1;
    if ((neg && (is_unsigned || mag > max + 1)) || (!neg && mag > max))
        return jit_fail("%s: %s%llu overflows %s", what, neg ? "-" : "", (unsigned long long)mag,
                        type_str(t));
    uint64_t u = neg ? -mag : mag;
    switch (bits) {
    case 8: *(uint8_t *)mem = (uint8_t)u; break;
    case 16: *(uint16_t *)mem = (uint16_t)u; break;
    case 32: *(uint32_t *)mem = (uint32_t)u; break;
    default: *(uint64_t *)mem = u;
    }
    return 0;
}

static int encode_float(Type *t, const GosubValue *v, void *mem, const char *what) {
    double d;
    switch (v->kind) {
    case GOSUB_FLOAT: d = v->f; break;
    case GOSUB_INT: d = (double)v->i; break;
    case GOSUB_UINT: d = (double)v->u; break;
    default: return mismatch(t, v, what);
    }
    if (type_under(t)->kind == TYPE_FLOAT32)
        *(float *)mem = (float)d;
    else
        *(double *)mem = d;
    return 0;
}

static int encode_string(const GosubValue *v, void *mem) {
    GoString *s = mem;
    s->len = v->len;
    if (v->len > 0) {
        uint8_t *p = gc_alloc(v->len, NULL);
        memcpy(p, v->s, (size_t)v->len);
        s->ptr = p;
    }
    return 0;
}

// n elements of type elem from v->elems into the array at mem.
static int encode_elems(Type *elem, const GosubValue *v, char *mem, const char *what) {
    for (int64_t i = 0; i < v->n; i++) {
        char w[160];
        snprintf(w, sizeof w, "%s[%lld]", what, (long long)i);
        if (jit_encode(elem, &v->elems[i], mem + i * elem->size, w))
            return -1;
    }
    return 0;
}

static int encode_slice(Type *t, const GosubValue *v, void *mem, const char *what) {
    if (v->kind == GOSUB_POINTER && !v->p)
        return 0;  // nil
    if (v->kind != GOSUB_SLICE && v->kind != GOSUB_ARRAY)
        return mismatch(t, v, what);
    Type *elem = type_under(t)->elem;
    GoSlice *s = mem;
    if (v->n == 0)
        return 0;
    s->ptr = gc_alloc(v->n * elem->size, type_has_pointers(elem) ? jit_gotype(elem) : NULL);
    s->len = s->cap = v->n;
    return encode_elems(elem, v, s->ptr, what);
}

static int encode_array(Type *t, const GosubValue *v, void *mem, const char *what) {
    Type *u = type_under(t);
    if (v->kind != GOSUB_SLICE && v->kind != GOSUB_ARRAY)
        return mismatch(t, v, what);
    if (v->n != u->len)
        return jit_fail("%s: %lld elements for %s", what, (long long)v->n, type_str(t));
    return encode_elems(u->elem, v, mem, what);
}

static int encode_struct(Type *t, const GosubValue *v, char *mem, const char *what) {
    Type *u = type_under(t);
    if (v->kind != GOSUB_STRUCT)
        return mismatch(t, v, what);
    if (v->n != u->nfields)
        return jit_fail("%s: %lld fields for %s, which has %d", what, (long long)v->n,
                        type_str(t), u->nfields);
    for (int i = 0; i < u->nfields; i++) {
        char w[160];
        snprintf(w, sizeof w, "%s.%s", what, u->fields[i].name ? u->fields[i].name : "_");
        if (jit_encode(u->fields[i].type, &v->elems[i], mem + u->fields[i].offset, w))
            return -1;
    }
    return 0;
}

int jit_encode(Type *t, const GosubValue *v, void *mem, const char *what) {
    Type *u = type_under(t);
    switch (u->kind) {
    case TYPE_BOOL:
        if (v->kind != GOSUB_BOOL)
            return mismatch(t, v, what);
        *(uint8_t *)mem = v->b;
        return 0;
    case TYPE_FLOAT32: case TYPE_FLOAT64: return encode_float(t, v, mem, what);
    case TYPE_STRING: return v->kind == GOSUB_STRING ? encode_string(v, mem) : mismatch(t, v, what);
    case TYPE_SLICE: return encode_slice(t, v, mem, what);
    case TYPE_ARRAY: return encode_array(t, v, mem, what);
    case TYPE_STRUCT: return encode_struct(t, v, mem, what);
    case TYPE_POINTER: case TYPE_MAP: case TYPE_CHAN: case TYPE_FUNC: case TYPE_UNSAFE_POINTER:
        if (v->kind != GOSUB_POINTER)
            return mismatch(t, v, what);
        *(void **)mem = v->p;
        return 0;
    case TYPE_INTERFACE:
        if (v->kind == GOSUB_POINTER && !v->p)
            return 0;  // nil
        return jit_fail("%s: only nil can be passed as %s", what, type_str(t));
    default:
        if (type_is_integer(u))
            return encode_int(t, v, mem, what);
        return jit_fail("%s: parameters of type %s are not supported", what, type_str(t));
    }
}

// ---------------------------------------------------------------- decoding

static GosubValue decode_int(Type *u, const void *mem) {
    int64_t i;
    switch (u->size) {
    case 1: i = type_is_unsigned(u) ? (int64_t)*(const uint8_t *)mem : *(const int8_t *)mem; break;
    case 2: i = type_is_unsigned(u) ? (int64_t)*(const uint16_t *)mem : *(const int16_t *)mem; break;
    case 4: i = type_is_unsigned(u) ? (int64_t)*(const uint32_t *)mem : *(const int32_t *)mem; break;
    default: i = *(const int64_t *)mem;
    }
    return type_is_unsigned(u) ? gosub_uint((uint64_t)i) : gosub_int(i);
}

static GosubValue decode_elems(Type *elem, const char *mem, int64_t n, GosubKind kind) {
    GosubValue v = {.kind = kind, .n = n};
    v.elems = calloc((size_t)n + 1, sizeof(GosubValue));
    for (int64_t i = 0; i < n; i++)
        v.elems[i] = jit_decode(elem, mem + i * elem->size);
    return v;
}

static GosubValue decode_struct(Type *u, const char *mem) {
    GosubValue v = {.kind = GOSUB_STRUCT, .n = u->nfields};
    v.elems = calloc((size_t)u->nfields + 1, sizeof(GosubValue));
    for (int i = 0; i < u->nfields; i++)
        v.elems[i] = jit_decode(u->fields[i].type, mem + u->fields[i].offset);
    return v;
}

static GosubValue decode_string(const GoString *s) {
    char *p = malloc((size_t)s->len + 1);
    if (s->len)
        memcpy(p, s->ptr, (size_t)s->len);
    p[s->len] = 0;
    return gosub_bytes(p, s->len);
}

static GosubValue decode_value(Type *t, const void *mem) {
    Type *u = type_under(t);
    switch (u->kind) {
    case TYPE_BOOL: return gosub_bool(*(const uint8_t *)mem != 0);
    case TYPE_FLOAT32: return gosub_float(*(const float *)mem);
    case TYPE_FLOAT64: return gosub_float(*(const double *)mem);
    case TYPE_COMPLEX64: return decode_elems(type_float32, mem, 2, GOSUB_ARRAY);
    case TYPE_COMPLEX128: return decode_elems(type_float64, mem, 2, GOSUB_ARRAY);
    case TYPE_STRING: return decode_string(mem);
    case TYPE_SLICE: {
        const GoSlice *s = mem;
        return decode_elems(u->elem, s->ptr, s->len, GOSUB_SLICE);
    }
    case TYPE_ARRAY: return decode_elems(u->elem, mem, u->len, GOSUB_ARRAY);
    case TYPE_STRUCT: return decode_struct(u, mem);
    case TYPE_INTERFACE: {
        const GoEface *e = mem;
        GosubValue v = gosub_pointer(e->data);
        v.type = e->type ? e->type->name : "<nil>";
        return v;
    }
    default:
        if (type_is_integer(u))
            return decode_int(u, mem);
        return gosub_pointer(*(void *const *)mem);
    }
}

GosubValue jit_decode(Type *t, const void *mem) {
    GosubValue v = decode_value(t, mem);
    if (!v.type)
        v.type = type_str(t);
    return v;
}

void gosub_value_free(GosubValue *v) {
    if (v->kind == GOSUB_STRING)
        free((char *)v->s);
    if (v->kind == GOSUB_SLICE || v->kind == GOSUB_ARRAY || v->kind == GOSUB_STRUCT) {
        for (int64_t i = 0; i < v->n; i++)
            gosub_value_free(&v->elems[i]);
        free(v->elems);
    }
    *v = (GosubValue){0};
}
