// hash.c: hashing map keys by their GoType.
//
// Bytes are hashed with wyhash's mixing step (Wang Yi, public domain), the
// same function Go uses where AES is unavailable (runtime/hash64.go,
// memhashFallback): every 16 bytes are folded into the state by one 64x64->128
// multiply whose halves are xored ("mix").  Four per-process random words
// (hashkey) and a per-map random seed make the bucket of a key unpredictable
// from outside, so an adversary cannot aim many keys at one bucket, and make
// iteration order differ from run to run.
//
// Values are hashed as Go's runtime/alg.go typehash does, so that equal
// values hash equal:
//   integers, bools, pointers, chans   their bytes
//   floats      +0 and -0 hash alike; a NaN hashes to a fresh random value
//               each time, so every NaN key lands somewhere new (NaN != NaN:
//               inserting NaN always adds an entry, looking it up never finds)
//   strings     their bytes (the length is mixed in by memhash)
//   arrays      elementwise; structs fieldwise, skipping blank (_) fields,
//               so padding never reaches the hash
//   interfaces  the dynamic type's descriptor address and then its value;
//               a dynamic type that is not comparable (slice, map, func, or
//               an array or struct holding one) panics with gc's
//               "runtime error: hash of unhashable type []int"
//
// Example: rt_typehash(&t_float64, &(double){-0.0}, s) ==
//          rt_typehash(&t_float64, &(double){0.0}, s).
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "runtime.h"

// wyhash's published constants (wyp0, wyp1, and Go's m5); any odd constants
// with well-mixed bits would do, these are the tested ones.
#define WYP0 0xa0761d6478bd642full
#define WYP1 0xe7037ed1a0b428dbull
#define M5 0x1d8e4e27c47d124full
// Go's c0 and c1 (runtime/alg.go, 64-bit): multipliers that spread the
// special hashes of zero floats and of interfaces.
#define C0 33054211828000289ull
#define C1 23344194077549503ull

static uint64_t hashkey[4];
static uint64_t rand_state;
static bool hash_ready;

static inline uint64_t mix(uint64_t a, uint64_t b) {
    unsigned __int128 r = (unsigned __int128)a * b;
    return (uint64_t)(r >> 64) ^ (uint64_t)r;
}

static inline uint64_t r4(const uint8_t *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

static inline uint64_t r8(const uint8_t *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

// ---------------------------------------------------------------- randomness

// Seeds hashkey and the generator from getrandom, falling back to the clock
// and an address when the kernel refuses (never fatal: a hash seed is not a
// secret worth dying for).
void rt_hash_init(void) {
    if (hash_ready) return;
    hash_ready = true;
    uint64_t seed[5] = {0};
    if (getrandom(seed, sizeof seed, GRND_NONBLOCK) != (ssize_t)sizeof seed) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        seed[0] = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 32);
        seed[1] = (uint64_t)(uintptr_t)&ts;
        for (int i = 2; i < 5; i++) seed[i] = mix(seed[i - 1] ^ WYP0, seed[i - 2] ^ WYP1);
    }
    for (int i = 0; i < 4; i++) hashkey[i] = seed[i] | 1;  // odd, as Go's
    rand_state = seed[4];
}

// wyrand: a 64-bit generator with a 2^64 period that passes BigCrush.
uint64_t rt_fastrand64(void) {
    if (!hash_ready) rt_hash_init();
    rand_state += WYP0;
    return mix(rand_state, rand_state ^ WYP1);
}

// ---------------------------------------------------------------- bytes

static uint64_t memhash_long(const uint8_t *p, uint64_t n, uint64_t seed, uint64_t *a, uint64_t *b) {
    uint64_t l = n;
    if (l > 48) {
        uint64_t s1 = seed, s2 = seed;
        for (; l > 48; l -= 48, p += 48) {
            seed = mix(r8(p) ^ hashkey[1], r8(p + 8) ^ seed);
            s1 = mix(r8(p + 16) ^ hashkey[2], r8(p + 24) ^ s1);
            s2 = mix(r8(p + 32) ^ hashkey[3], r8(p + 40) ^ s2);
        }
        seed ^= s1 ^ s2;
    }
    for (; l > 16; l -= 16, p += 16) seed = mix(r8(p) ^ hashkey[1], r8(p + 8) ^ seed);
    *a = r8(p + l - 16);
    *b = r8(p + l - 8);
    return seed;
}

uint64_t rt_memhash(const void *vp, int64_t len, uint64_t seed) {
    const uint8_t *p = vp;
    uint64_t n = (uint64_t)len, a = 0, b = 0;
    seed ^= hashkey[0];
    if (n == 0) return seed;
    if (n < 4) {
        a = p[0] | (uint64_t)p[n >> 1] << 8 | (uint64_t)p[n - 1] << 16;
    } else if (n <= 8) {
        a = r4(p);
        b = r4(p + n - 4);
    } else if (n <= 16) {
        a = r8(p);
        b = r8(p + n - 8);
    } else {
        seed = memhash_long(p, n, seed, &a, &b);
    }
    return mix(M5 ^ n, mix(a ^ hashkey[1], b ^ seed));
}

uint64_t rt_memhash64(uint64_t v, uint64_t seed) {
    return mix(M5 ^ 8, mix(v ^ hashkey[1], v ^ seed ^ hashkey[0]));
}

uint64_t rt_memhash32(uint32_t v, uint64_t seed) {
    return mix(M5 ^ 4, mix(v ^ hashkey[1], v ^ seed ^ hashkey[0]));
}

// ---------------------------------------------------------------- floats

static uint64_t f64hash(double f, uint64_t h) {
    if (f == 0) return C1 * (C0 ^ h);                       // +0, -0
    if (f != f) return C1 * (C0 ^ h ^ rt_fastrand64());     // any NaN
    uint64_t bits;
    memcpy(&bits, &f, 8);
    return rt_memhash64(bits, h);
}

static uint64_t f32hash(float f, uint64_t h) {
    if (f == 0) return C1 * (C0 ^ h);
    if (f != f) return C1 * (C0 ^ h ^ rt_fastrand64());
    uint32_t bits;
    memcpy(&bits, &f, 4);
    return rt_memhash32(bits, h);
}

// ---------------------------------------------------------------- values

static _Noreturn void unhashable(const GoType *t) {
    char m[300];
    snprintf(m, sizeof m, "runtime error: hash of unhashable type %s", t && t->name ? t->name : "?");
    rt_panic_msg(m);
}

// nilinterhash: the topmost dynamic type is checked first, so a struct
// holding a slice is reported as the struct.
static uint64_t iface_hash(const GoEface *e, uint64_t h) {
    if (!e->type) return h;
    if (!rt_comparable(e->type)) unhashable(e->type);
    h = rt_memhash64((uint64_t)(uintptr_t)e->type, h ^ C0);
    const void *v = rt_is_pointer_shaped(e->type) ? (const void *)&e->data : e->data;
    return C1 * rt_typehash(e->type, v, h);
}

static uint64_t aggregate_hash(const GoType *t, const uint8_t *p, uint64_t h) {
    if (t->kind == GOKIND_ARRAY) {
        for (int64_t i = 0; i < t->len; i++) h = rt_typehash(t->elem, p + i * t->elem->size, h);
        return h;
    }
    for (int64_t i = 0; i < t->len; i++) {
        const GoField *f = &t->fields[i];
        if (f->name && !strcmp(f->name, "_")) continue;
        h = rt_typehash(f->type, p + f->offset, h);
    }
    return h;
}

uint64_t rt_typehash(const GoType *t, const void *p, uint64_t h) {
    switch (t->kind) {
    case GOKIND_BOOL: case GOKIND_INT: case GOKIND_INT8: case GOKIND_INT16: case GOKIND_INT32:
    case GOKIND_INT64: case GOKIND_UINT: case GOKIND_UINT8: case GOKIND_UINT16: case GOKIND_UINT32:
    case GOKIND_UINT64: case GOKIND_UINTPTR: case GOKIND_POINTER: case GOKIND_CHAN:
    case GOKIND_UNSAFE_POINTER:
        if (t->size == 8) return rt_memhash64(r8(p), h);
        return rt_memhash(p, t->size, h);
    case GOKIND_FLOAT32: return f32hash(*(const float *)p, h);
    case GOKIND_FLOAT64: return f64hash(*(const double *)p, h);
    case GOKIND_COMPLEX64: return f32hash(((const float *)p)[1], f32hash(((const float *)p)[0], h));
    case GOKIND_COMPLEX128: return f64hash(((const double *)p)[1], f64hash(((const double *)p)[0], h));
    case GOKIND_STRING: return rt_memhash(((const GoString *)p)->ptr, ((const GoString *)p)->len, h);
    case GOKIND_INTERFACE: return iface_hash(p, h);
    case GOKIND_ARRAY: case GOKIND_STRUCT: return aggregate_hash(t, p, h);
    default: unhashable(t);  // slices, maps, funcs: the checker keeps them out of static key types
    }
}

// ---------------------------------------------------------------- key errors

// Go 1.26's mapKeyError2: on a nil or empty map nothing is hashed, but a key
// that could not be hashed must still panic (go.dev/issue/23734).  Unlike the
// hash path it reports the innermost offending type, in its own words.
const GoType *rt_unhashable_in(const GoType *t, const void *p) {
    switch (t->kind) {
    case GOKIND_INTERFACE: {
        const GoEface *e = p;
        if (!e->type) return NULL;
        if (!rt_comparable(e->type)) return e->type;
        return rt_unhashable_in(e->type, rt_is_pointer_shaped(e->type) ? (const void *)&e->data : e->data);
    }
    case GOKIND_ARRAY:
        for (int64_t i = 0; i < t->len; i++) {
            const GoType *bad = rt_unhashable_in(t->elem, (const uint8_t *)p + i * t->elem->size);
            if (bad) return bad;
        }
        return NULL;
    case GOKIND_STRUCT:
        for (int64_t i = 0; i < t->len; i++) {
            const GoField *f = &t->fields[i];
            if (f->name && !strcmp(f->name, "_")) continue;
            const GoType *bad = rt_unhashable_in(f->type, (const uint8_t *)p + f->offset);
            if (bad) return bad;
        }
        return NULL;
    default:
        return NULL;
    }
}
