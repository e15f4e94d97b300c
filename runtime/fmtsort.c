// fmtsort.c: the order in which fmt prints a map's entries.
//
// A transcription of Go's internal/fmtsort over GoType descriptors.  The
// entries are collected by iterating the map and then stably sorted by key:
//   integers   numerically (signed and unsigned by their own rules)
//   strings    bytewise
//   floats     numerically, NaN before everything else (cmp.Compare), so
//              NaN keys come first, among themselves in iteration order
//   complex    by real part, then imaginary part
//   bools      false before true
//   pointers, chans   by address (nil first)
//   structs, arrays   field by field, element by element
//   interfaces nil first; then by the dynamic type's descriptor address,
//              then by value (Go orders types by its rtype addresses, which
//              gosub cannot reproduce: keys of mixed dynamic types may print
//              in another order than gc's; one dynamic type sorts as in Go)
// Example: map[string]int{"b": 2, "a": 1} prints as map[a:1 b:2].
#include <string.h>

#include "runtime.h"

static int compare_value(const GoType *t, const void *a, const void *b);

static int cmp_i64(int64_t a, int64_t b) {
    return (a > b) - (a < b);
}

static int cmp_u64(uint64_t a, uint64_t b) {
    return (a > b) - (a < b);
}

// cmp.Compare on floats: NaN is less than any number and equal to NaN.
static int cmp_float(double a, double b) {
    bool an = a != a, bn = b != b;
    if (an || bn) return an && bn ? 0 : an ? -1 : 1;
    return (a > b) - (a < b);
}

static bool read_signed(const GoType *t, const void *p, int64_t *v) {
    switch (t->kind) {
    case GOKIND_INT: case GOKIND_INT64: *v = *(const int64_t *)p; return true;
    case GOKIND_INT32: *v = *(const int32_t *)p; return true;
    case GOKIND_INT16: *v = *(const int16_t *)p; return true;
    case GOKIND_INT8: *v = *(const int8_t *)p; return true;
    default: return false;
    }
}

static bool read_unsigned(const GoType *t, const void *p, uint64_t *v) {
    switch (t->kind) {
    case GOKIND_UINT: case GOKIND_UINT64: case GOKIND_UINTPTR: case GOKIND_POINTER: case GOKIND_CHAN:
    case GOKIND_UNSAFE_POINTER:
        *v = *(const uint64_t *)p;
        return true;
    case GOKIND_UINT32: *v = *(const uint32_t *)p; return true;
    case GOKIND_UINT16: *v = *(const uint16_t *)p; return true;
    case GOKIND_UINT8: case GOKIND_BOOL: *v = *(const uint8_t *)p; return true;
    default: return false;
    }
}

static int compare_iface(const GoEface *a, const GoEface *b) {
    if (!a->type || !b->type) return (a->type != NULL) - (b->type != NULL);
    int c = cmp_u64((uint64_t)(uintptr_t)a->type, (uint64_t)(uintptr_t)b->type);
    if (c) return c;
    const void *va = rt_is_pointer_shaped(a->type) ? (const void *)&a->data : a->data;
    const void *vb = rt_is_pointer_shaped(b->type) ? (const void *)&b->data : b->data;
    return compare_value(a->type, va, vb);
}

static int compare_aggregate(const GoType *t, const uint8_t *a, const uint8_t *b) {
    if (t->kind == GOKIND_ARRAY) {
        for (int64_t i = 0; i < t->len; i++) {
            int c = compare_value(t->elem, a + i * t->elem->size, b + i * t->elem->size);
            if (c) return c;
        }
        return 0;
    }
    for (int64_t i = 0; i < t->len; i++) {
        const GoField *f = &t->fields[i];
        int c = compare_value(f->type, a + f->offset, b + f->offset);
        if (c) return c;
    }
    return 0;
}

static int compare_value(const GoType *t, const void *a, const void *b) {
    int64_t sa, sb;
    uint64_t ua, ub;
    if (read_signed(t, a, &sa) && read_signed(t, b, &sb)) return cmp_i64(sa, sb);
    if (read_unsigned(t, a, &ua) && read_unsigned(t, b, &ub)) return cmp_u64(ua, ub);
    switch (t->kind) {
    case GOKIND_FLOAT32: return cmp_float(*(const float *)a, *(const float *)b);
    case GOKIND_FLOAT64: return cmp_float(*(const double *)a, *(const double *)b);
    case GOKIND_COMPLEX64: {
        const float *x = a, *y = b;
        int c = cmp_float(x[0], y[0]);
        return c ? c : cmp_float(x[1], y[1]);
    }
    case GOKIND_COMPLEX128: {
        const double *x = a, *y = b;
        int c = cmp_float(x[0], y[0]);
        return c ? c : cmp_float(x[1], y[1]);
    }
    case GOKIND_STRING: {
        const GoString *x = a, *y = b;
        int64_t c = rt_strcmp(x->ptr, x->len, y->ptr, y->len);
        return (c > 0) - (c < 0);
    }
    case GOKIND_INTERFACE: return compare_iface(a, b);
    case GOKIND_ARRAY: case GOKIND_STRUCT: return compare_aggregate(t, a, b);
    default: return 0;  // not a key type
    }
}

// A stable merge sort (slices.SortStableFunc keeps equal keys, such as
// NaNs, in iteration order).
static void merge_sort(const GoType *kt, RtMapEntry *e, RtMapEntry *tmp, int64_t n) {
    if (n < 2) return;
    int64_t h = n / 2;
    merge_sort(kt, e, tmp, h);
    merge_sort(kt, e + h, tmp, n - h);
    int64_t i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = compare_value(kt, e[j].key, e[i].key) < 0 ? e[j++] : e[i++];
    while (i < h) tmp[k++] = e[i++];
    while (j < n) tmp[k++] = e[j++];
    memcpy(e, tmp, (size_t)n * sizeof *e);
}

// Two pointer words per entry, so the array keeps the map's storage alive
// while fmt calls String methods that might allocate.
static const uint8_t entry_mask[1] = {0x03};
static const GoType entry_type = {sizeof(RtMapEntry), GOKIND_STRUCT, 8, "fmtsort.KeyValue", entry_mask,
                                  0, 0, 0, 0, 0, 0, 0};

int64_t rt_map_sorted(const GoType *mt, GoMap *m, RtMapEntry **out) {
    int64_t n = rt_maplen(m);
    *out = NULL;
    if (n == 0) return 0;
    RtMapEntry *e = gc_alloc(2 * n * (int64_t)sizeof *e, &entry_type);
    GoMapIter it;
    int64_t k = 0;
    for (rt_mapiterinit(mt, m, &it); it.key && k < n; rt_mapiternext(&it)) e[k++] = (RtMapEntry){it.key, it.elem};
    merge_sort(mt->key, e, e + k, k);
    *out = e;
    return k;
}
