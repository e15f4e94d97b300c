// test_rt_map.c: the runtime's maps (map.c, hash.c) and their printing.
//
// Maps are driven through the ABI the compiler uses (rt_makemap,
// rt_mapassign, rt_mapaccess1/2, rt_mapdelete, rt_mapiterinit/next), with
// GoType descriptors built by hand as codegen emits them.  Expected fmt
// strings were produced by Go 1.26 (fmt.Sprintf of the same maps, printed
// with %q); panics are checked in a child process, as in test_rt_fmt.c.
//
// The stress test mirrors every operation in a plain array indexed by key
// and checks Go's iteration guarantees after every step: an entry present
// for the whole loop is produced exactly once, nothing is produced twice,
// a produced entry is present at that moment and has its current value.
//
// Collector tests follow test_rt_gc.c: heap pointers live only in the
// registered global roots or in noinline helpers whose frames are wiped
// before collecting, so live-object counts are exact.
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "runtime.h"

#define NOINLINE __attribute__((noinline))
#define UNUSED __attribute__((unused))

// ---------------------------------------------------------------- descriptors

static const uint8_t m1[1] = {0x01}, m3[1] = {0x03}, m5[1] = {0x05};

#define BASIC(var, size, kind, name) \
    static const GoType var = {size, kind, size, name, NULL, 0, 0, 0, 0, 0, 0, 0}
BASIC(t_int, 8, GOKIND_INT, "int");
BASIC(t_int8, 1, GOKIND_INT8, "int8");
BASIC(t_int32, 4, GOKIND_INT32, "int32");
BASIC(t_int64, 8, GOKIND_INT64, "int64");
BASIC(t_uint8, 1, GOKIND_UINT8, "uint8");
BASIC(t_bool, 1, GOKIND_BOOL, "bool");
BASIC(t_float64, 8, GOKIND_FLOAT64, "float64");
BASIC(t_float32, 4, GOKIND_FLOAT32, "float32");
static const GoType t_string = {16, GOKIND_STRING, 8, "string", m1, 0, 0, 0, 0, 0, 0, 0};
static const GoType t_any = {16, GOKIND_INTERFACE, 8, "interface {}", m3, 0, 0, 0, 0, 0, 0, 0};
static const GoType t_ints = {24, GOKIND_SLICE, 8, "[]int", m1, &t_int, 0, 0, 0, 0, 0, 0};

// type P struct{ X, Y int }
static const GoField p_fields[2] = {{"X", &t_int, 0, 0}, {"Y", &t_int, 8, 0}};
static const GoType t_p = {16, GOKIND_STRUCT, 8, "main.P", NULL, 0, 0, 2, p_fields, 0, 0, 1};
// type Pad struct{ A int8; B int64 }: seven bytes of padding after A.
static const GoField pad_fields[2] = {{"A", &t_int8, 0, 0}, {"B", &t_int, 8, 0}};
static const GoType t_pad = {16, GOKIND_STRUCT, 8, "main.Pad", NULL, 0, 0, 2, pad_fields, 0, 0, 1};
// type Blank struct{ A int; _ int; B int }: the blank field takes no part in ==.
static const GoField blank_fields[3] = {{"A", &t_int, 0, 0}, {"_", &t_int, 8, 0}, {"B", &t_int, 16, 0}};
static const GoType t_blank = {24, GOKIND_STRUCT, 8, "main.Blank", NULL, 0, 0, 3, blank_fields, 0, 0, 1};
// type U struct{ A []int }: uncomparable.
static const GoField u_fields[1] = {{"A", &t_ints, 0, 0}};
static const GoType t_u = {24, GOKIND_STRUCT, 8, "main.S", m1, 0, 0, 1, u_fields, 0, 0, 1};
// type S struct{ N int } with a String method.
static GoString s_string(void *data) {
    char b[32];
    int n = snprintf(b, sizeof b, "S%lld", (long long)*(int64_t *)data);
    return rt_make_string(b, n);
}
static const GoMethod s_methods[1] = {{"String", (void *)s_string, NULL, 0}};
static const GoField s_fields[1] = {{"N", &t_int, 0, 0}};
static const GoType t_s = {8, GOKIND_STRUCT, 8, "main.S", NULL, 0, 0, 1, s_fields, 1, s_methods, 1};

static const GoType t_int2 = {16, GOKIND_ARRAY, 8, "[2]int", NULL, &t_int, 0, 2, 0, 0, 0, 0};
static const GoType t_str2 = {32, GOKIND_ARRAY, 8, "[2]string", m5, &t_string, 0, 2, 0, 0, 0, 0};
static const GoType t_any2 = {32, GOKIND_ARRAY, 8, "[2]interface {}", (const uint8_t[]){0x0F}, &t_any, 0, 2,
                              0, 0, 0, 0};
// Above 128 bytes: stored out of line.
static const GoType t_big = {160, GOKIND_ARRAY, 8, "[20]int", NULL, &t_int, 0, 20, 0, 0, 0, 0};
static const GoType t_bigstr = {160, GOKIND_ARRAY, 8, "[10]string", (const uint8_t[]){0x55, 0x55, 0x05},
                                &t_string, 0, 10, 0, 0, 0, 0};
// Above the shared 1024-byte zero area.
static const GoType t_huge = {1600, GOKIND_ARRAY, 8, "[200]int", NULL, &t_int, 0, 200, 0, 0, 0, 0};

typedef struct Node {
    struct Node *next;
    int64_t val;
} Node;
static const GoType t_node = {16, GOKIND_STRUCT, 8, "main.Node", m1, 0, 0, 0, 0, 0, 0, 1};
static const GoType t_nodeptr = {8, GOKIND_POINTER, 8, "*main.Node", m1, &t_node, 0, 0, 0, 0, 0, 0};

#define MAPTYPE(var, name, k, v) \
    static const GoType var = {8, GOKIND_MAP, 8, name, m1, &v, &k, 0, 0, 0, 0, 0}
MAPTYPE(mt_ii, "map[int]int", t_int, t_int);
MAPTYPE(mt_si, "map[string]int", t_string, t_int);
MAPTYPE(mt_ss, "map[string]string", t_string, t_string);
MAPTYPE(mt_fi, "map[float64]int", t_float64, t_int);
MAPTYPE(mt_f32i, "map[float32]int", t_float32, t_int);
MAPTYPE(mt_pi, "map[main.P]int", t_p, t_int);
MAPTYPE(mt_ps, "map[main.P]string", t_p, t_string);
MAPTYPE(mt_padb, "map[main.Pad]bool", t_pad, t_bool);
MAPTYPE(mt_blanki, "map[main.Blank]int", t_blank, t_int);
MAPTYPE(mt_a2b, "map[[2]int]bool", t_int2, t_bool);
MAPTYPE(mt_s2i, "map[[2]string]int", t_str2, t_int);
MAPTYPE(mt_anyi, "map[interface {}]int", t_any, t_int);
MAPTYPE(mt_bigbig, "map[[20]int][10]string", t_big, t_bigstr);
MAPTYPE(mt_ihuge, "map[int][200]int", t_int, t_huge);
MAPTYPE(mt_inode, "map[int]*main.Node", t_int, t_nodeptr);
MAPTYPE(mt_bi, "map[bool]int", t_bool, t_int);
MAPTYPE(mt_i32i, "map[int32]int", t_int32, t_int);
MAPTYPE(mt_u8i8, "map[uint8]int8", t_uint8, t_int8);
MAPTYPE(mt_ski, "map[main.S]int", t_s, t_int);
MAPTYPE(mt_sints, "map[string][]int", t_string, t_ints);
MAPTYPE(mt_is, "map[int]string", t_int, t_string);
MAPTYPE(mt_sfl, "map[string]float64", t_string, t_float64);
MAPTYPE(mt_smap, "map[string]map[int]string", t_string, mt_is);
static const GoType t_mapslice = {24, GOKIND_SLICE, 8, "[]map[int]int", m1, &mt_ii, 0, 0, 0, 0, 0, 0};
static const GoType t_mapptr = {8, GOKIND_POINTER, 8, "*map[string]int", m1, &mt_si, 0, 0, 0, 0, 0, 0};

// ---------------------------------------------------------------- helpers

static GoString gostr(const char *s) {
    return (GoString){(const uint8_t *)s, (int64_t)strlen(s)};
}

// A string in the collected heap, so equal keys have distinct pointers.
static GoString heapstr(const char *fmt, long long v) {
    char b[64];
    int n = snprintf(b, sizeof b, fmt, v);
    return rt_make_string(b, n);
}

static void put_i(const GoType *mt, GoMap *m, const void *key, int64_t v) {
    *(int64_t *)rt_mapassign(mt, m, key) = v;
}

// The int value under key, or -1 when absent (checking access1 and access2 agree).
static int64_t get_i(const GoType *mt, GoMap *m, const void *key) {
    bool ok;
    int64_t v2 = *(int64_t *)rt_mapaccess2(mt, m, key, &ok);
    int64_t v1 = *(int64_t *)rt_mapaccess1(mt, m, key);
    assert_int_equal(v1, v2);
    if (!ok) assert_int_equal(v1, 0);
    return ok ? v1 : -1;
}

static void put_ii(GoMap *m, int64_t k, int64_t v) {
    put_i(&mt_ii, m, &k, v);
}

static int64_t get_ii(GoMap *m, int64_t k) {
    return get_i(&mt_ii, m, &k);
}

static void del_ii(GoMap *m, int64_t k) {
    rt_mapdelete(&mt_ii, m, &k);
}

static int64_t count_iter(const GoType *mt, GoMap *m) {
    GoMapIter it;
    int64_t n = 0;
    for (rt_mapiterinit(mt, m, &it); it.key; rt_mapiternext(&it)) n++;
    return n;
}

// ---------------------------------------------------------------- basic operations

static void test_int_basic(void **state UNUSED) {
    GoMap *m = rt_makemap(&mt_ii, 0);
    assert_int_equal(rt_maplen(m), 0);
    assert_int_equal(*(int64_t *)m, 0);  // the ABI: word 0 is len
    put_ii(m, 1, 10);
    put_ii(m, -7, 70);
    put_ii(m, 1, 11);
    assert_int_equal(rt_maplen(m), 2);
    assert_int_equal(*(int64_t *)m, 2);
    assert_int_equal(get_ii(m, 1), 11);
    assert_int_equal(get_ii(m, -7), 70);
    assert_int_equal(get_ii(m, 2), -1);
    del_ii(m, 1);
    del_ii(m, 1);
    del_ii(m, 12345);
    assert_int_equal(rt_maplen(m), 1);
    assert_int_equal(get_ii(m, 1), -1);
    put_ii(m, 1, 5);
    assert_int_equal(get_ii(m, 1), 5);
    assert_int_equal(count_iter(&mt_ii, m), 2);
}

// Growth from every starting size hint, verified in full at each size.
static void test_growth_sizes(void **state UNUSED) {
    static const int64_t sizes[] = {0, 1, 7, 8, 9, 13, 14, 27, 53, 100, 833, 1000, 10007, 100000};
    static const int64_t hints[] = {0, 1, 100, 5000};
    for (size_t h = 0; h < sizeof hints / sizeof *hints; h++) {
        for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
            int64_t n = sizes[s];
            GoMap *m = rt_makemap(&mt_ii, hints[h]);
            for (int64_t i = 0; i < n; i++) {
                put_ii(m, i * 7919, i);
                assert_int_equal(rt_maplen(m), i + 1);
            }
            for (int64_t i = 0; i < n; i++) assert_int_equal(get_ii(m, i * 7919), i);
            for (int64_t i = 0; i < 100; i++) assert_int_equal(get_ii(m, i * 7919 + 1), -1);
            for (int64_t i = 0; i < n; i += 2) del_ii(m, i * 7919);
            assert_int_equal(rt_maplen(m), n / 2);
            for (int64_t i = 0; i < n; i++) assert_int_equal(get_ii(m, i * 7919), i % 2 ? i : -1);
            assert_int_equal(count_iter(&mt_ii, m), n / 2);
        }
    }
}

static void test_string_keys(void **state UNUSED) {
    GoMap *m = rt_makemap(&mt_si, 0);
    for (int i = 0; i < 5000; i++) {
        GoString k = heapstr("key-%lld", i);
        put_i(&mt_si, m, &k, i);
    }
    GoString empty = {NULL, 0}, empty2 = {(const uint8_t *)"x", 0};
    put_i(&mt_si, m, &empty, -5);
    assert_int_equal(get_i(&mt_si, m, &empty2), -5);  // "" whatever the pointer
    assert_int_equal(rt_maplen(m), 5001);
    for (int i = 0; i < 5000; i++) {
        GoString k = heapstr("key-%lld", i);
        assert_int_equal(get_i(&mt_si, m, &k), i);
    }
    GoString miss = gostr("key-5000"), prefix = gostr("key-"), longer = gostr("key-10x");
    assert_int_equal(get_i(&mt_si, m, &miss), -1);
    assert_int_equal(get_i(&mt_si, m, &prefix), -1);
    assert_int_equal(get_i(&mt_si, m, &longer), -1);
    GoString k7 = gostr("key-7");
    rt_mapdelete(&mt_si, m, &k7);
    assert_int_equal(get_i(&mt_si, m, &k7), -1);
    assert_int_equal(rt_maplen(m), 5000);
}

static double neg_zero(void) {
    return copysign(0.0, -1.0);
}

static void test_float_keys(void **state UNUSED) {
    GoMap *m = rt_makemap(&mt_fi, 0);
    double pz = 0.0, nz = neg_zero(), nan = NAN, one = 1.5;
    put_i(&mt_fi, m, &pz, 1);
    put_i(&mt_fi, m, &nz, 2);  // the same key: the value and the key (now -0) are replaced
    assert_int_equal(rt_maplen(m), 1);
    assert_int_equal(get_i(&mt_fi, m, &pz), 2);
    GoMapIter it;
    rt_mapiterinit(&mt_fi, m, &it);
    assert_true(signbit(*(double *)it.key));
    put_i(&mt_fi, m, &nan, 3);
    put_i(&mt_fi, m, &nan, 4);  // NaN != NaN: a second entry
    put_i(&mt_fi, m, &one, 5);
    assert_int_equal(rt_maplen(m), 4);
    assert_int_equal(get_i(&mt_fi, m, &nan), -1);
    rt_mapdelete(&mt_fi, m, &nan);  // never finds it
    assert_int_equal(rt_maplen(m), 4);
    int nans = 0;
    for (rt_mapiterinit(&mt_fi, m, &it); it.key; rt_mapiternext(&it)) nans += isnan(*(double *)it.key);
    assert_int_equal(nans, 2);
    for (int i = 0; i < 1000; i++) put_i(&mt_fi, m, &nan, i);  // NaNs survive growth
    assert_int_equal(rt_maplen(m), 1004);
    assert_int_equal(count_iter(&mt_fi, m), 1004);
    rt_mapclear(&mt_fi, m);
    assert_int_equal(rt_maplen(m), 0);
    assert_int_equal(count_iter(&mt_fi, m), 0);
}

static void test_float32_keys(void **state UNUSED) {
    GoMap *m = rt_makemap(&mt_f32i, 0);
    float pz = 0.0f, nz = -0.0f, nan = NAN, x = 3.25f;
    put_i(&mt_f32i, m, &nz, 1);
    assert_int_equal(get_i(&mt_f32i, m, &pz), 1);
    put_i(&mt_f32i, m, &nan, 2);
    put_i(&mt_f32i, m, &x, 3);
    assert_int_equal(get_i(&mt_f32i, m, &nan), -1);
    assert_int_equal(get_i(&mt_f32i, m, &x), 3);
    assert_int_equal(rt_maplen(m), 3);
}

static void test_struct_keys(void **state UNUSED) {
    GoMap *m = rt_makemap(&mt_pi, 0);
    for (int64_t i = 0; i < 300; i++) {
        int64_t p[2] = {i, -i};
        put_i(&mt_pi, m, p, i);
    }
    int64_t p[2] = {5, -5}, q[2] = {-5, 5};
    assert_int_equal(get_i(&mt_pi, m, p), 5);
    assert_int_equal(get_i(&mt_pi, m, q), -1);
    // Padding bytes differ, fields agree: the same key.
    GoMap *pm = rt_makemap(&mt_padb, 0);
    uint8_t a[16], b[16];
    memset(a, 0x00, 16), memset(b, 0xEE, 16);
    a[0] = b[0] = 7;
    memset(a + 8, 0, 8), memset(b + 8, 0, 8);
    a[8] = b[8] = 9;
    *(bool *)rt_mapassign(&mt_padb, pm, a) = true;
    bool ok;
    assert_true(*(bool *)rt_mapaccess2(&mt_padb, pm, b, &ok));
    assert_true(ok);
    assert_int_equal(rt_maplen(pm), 1);
    // Blank fields are ignored by == and by the hash.
    GoMap *bm = rt_makemap(&mt_blanki, 0);
    int64_t k1[3] = {1, 111, 2}, k2[3] = {1, 222, 2}, k3[3] = {1, 111, 3};
    put_i(&mt_blanki, bm, k1, 10);
    assert_int_equal(get_i(&mt_blanki, bm, k2), 10);
    assert_int_equal(get_i(&mt_blanki, bm, k3), -1);
}

static void test_array_keys(void **state UNUSED) {
    GoMap *m = rt_makemap(&mt_s2i, 0);
    for (int i = 0; i < 500; i++) {
        GoString k[2] = {heapstr("%lld", i), heapstr("x%lld", i * 2)};
        put_i(&mt_s2i, m, k, i);
    }
    GoString k[2] = {heapstr("%lld", 42), heapstr("x%lld", 84)}, bad[2] = {heapstr("%lld", 42), gostr("x83")};
    assert_int_equal(get_i(&mt_s2i, m, k), 42);
    assert_int_equal(get_i(&mt_s2i, m, bad), -1);
    GoMap *am = rt_makemap(&mt_a2b, 0);
    int64_t a[2] = {1, 2}, b[2] = {2, 1};
    *(bool *)rt_mapassign(&mt_a2b, am, a) = true;
    assert_false(*(bool *)rt_mapaccess1(&mt_a2b, am, b));
    assert_true(*(bool *)rt_mapaccess1(&mt_a2b, am, a));
}

static void test_interface_keys(void **state UNUSED) {
    GoMap *m = rt_makemap(&mt_anyi, 0);
    int64_t one = 1;
    int64_t one64 = 1;
    GoString s = gostr("one");
    int64_t pt[2] = {1, 2};
    int64_t *ptr = &one;
    GoEface k_int = {&t_int, &one}, k_int64 = {&t_int64, &one64}, k_str = {&t_string, &s};
    GoEface k_p = {&t_p, pt}, k_ptr = {&t_nodeptr, ptr}, k_nil = {NULL, NULL};
    put_i(&mt_anyi, m, &k_int, 1);
    put_i(&mt_anyi, m, &k_int64, 2);  // another dynamic type: another key
    put_i(&mt_anyi, m, &k_str, 3);
    put_i(&mt_anyi, m, &k_p, 4);
    put_i(&mt_anyi, m, &k_ptr, 5);
    put_i(&mt_anyi, m, &k_nil, 6);
    assert_int_equal(rt_maplen(m), 6);
    int64_t one_again = 1, pt_again[2] = {1, 2};
    GoString s_again = rt_make_string("one", 3);
    GoEface q_int = {&t_int, &one_again}, q_p = {&t_p, pt_again}, q_nil = {NULL, NULL};
    GoEface q_str = {&t_string, &s_again}, q_ptr = {&t_nodeptr, ptr};
    assert_int_equal(get_i(&mt_anyi, m, &q_int), 1);
    assert_int_equal(get_i(&mt_anyi, m, &q_p), 4);
    assert_int_equal(get_i(&mt_anyi, m, &q_nil), 6);
    assert_int_equal(get_i(&mt_anyi, m, &q_str), 3);
    assert_int_equal(get_i(&mt_anyi, m, &q_ptr), 5);
    double nan = NAN;
    GoEface k_nan = {&t_float64, &nan};
    put_i(&mt_anyi, m, &k_nan, 7);
    put_i(&mt_anyi, m, &k_nan, 8);
    assert_int_equal(rt_maplen(m), 8);
    assert_int_equal(get_i(&mt_anyi, m, &k_nan), -1);
    for (int64_t i = 0; i < 2000; i++) {  // growth with NaNs and mixed types
        int64_t *box = gc_alloc(8, NULL);
        *box = i + 100;
        GoEface k = {&t_int, box};
        put_i(&mt_anyi, m, &k, i);
    }
    assert_int_equal(count_iter(&mt_anyi, m), 2008);
    assert_int_equal(get_i(&mt_anyi, m, &q_str), 3);
}

static void test_big_keys_and_values(void **state UNUSED) {
    GoMap *m = rt_makemap(&mt_bigbig, 0);
    for (int64_t i = 0; i < 300; i++) {
        int64_t k[20] = {0};
        k[0] = i, k[19] = -i;
        GoString *v = rt_mapassign(&mt_bigbig, m, k);
        v[0] = heapstr("v%lld", i);
        v[9] = heapstr("w%lld", i);
    }
    for (int64_t i = 0; i < 300; i++) {
        int64_t k[20] = {0};
        k[0] = i, k[19] = -i;
        bool ok;
        GoString *v = rt_mapaccess2(&mt_bigbig, m, k, &ok);
        assert_true(ok);
        char want[32];
        snprintf(want, sizeof want, "w%lld", (long long)i);
        assert_int_equal(v[9].len, (int64_t)strlen(want));
        assert_memory_equal(v[9].ptr, want, strlen(want));
        assert_int_equal(v[1].len, 0);
    }
    int64_t absent[20] = {1};
    GoString *z = rt_mapaccess1(&mt_bigbig, m, absent);
    for (int i = 0; i < 10; i++) assert_int_equal(z[i].len, 0);
    // A value larger than the shared zero area.
    int64_t k = 3;
    const int64_t *hz = rt_mapaccess1(&mt_ihuge, NULL, &k);
    for (int i = 0; i < 200; i++) assert_int_equal(hz[i], 0);
    GoMap *hm = rt_makemap(&mt_ihuge, 0);
    ((int64_t *)rt_mapassign(&mt_ihuge, hm, &k))[199] = 9;
    k = 4;
    hz = rt_mapaccess1(&mt_ihuge, hm, &k);
    for (int i = 0; i < 200; i++) assert_int_equal(hz[i], 0);
    k = 3;
    assert_int_equal(((int64_t *)rt_mapaccess1(&mt_ihuge, hm, &k))[199], 9);
}

static void test_small_keys(void **state UNUSED) {
    GoMap *bm = rt_makemap(&mt_bi, 0);
    bool t = true, f = false;
    put_i(&mt_bi, bm, &t, 1);
    put_i(&mt_bi, bm, &f, 2);
    put_i(&mt_bi, bm, &t, 3);
    assert_int_equal(rt_maplen(bm), 2);
    assert_int_equal(get_i(&mt_bi, bm, &t), 3);
    GoMap *m = rt_makemap(&mt_i32i, 0);
    for (int32_t i = -500; i < 500; i++) put_i(&mt_i32i, m, &i, i * 2);
    for (int32_t i = -500; i < 500; i++) assert_int_equal(get_i(&mt_i32i, m, &i), i * 2);
    int32_t miss = 500;
    assert_int_equal(get_i(&mt_i32i, m, &miss), -1);
}

// ---------------------------------------------------------------- nil maps and clear

static void test_nil_map(void **state UNUSED) {
    int64_t k = 1;
    bool ok = true;
    assert_int_equal(*(int64_t *)rt_mapaccess1(&mt_ii, NULL, &k), 0);
    assert_int_equal(*(int64_t *)rt_mapaccess2(&mt_ii, NULL, &k, &ok), 0);
    assert_false(ok);
    assert_int_equal(rt_maplen(NULL), 0);
    rt_mapdelete(&mt_ii, NULL, &k);
    rt_mapclear(&mt_ii, NULL);
    assert_int_equal(count_iter(&mt_ii, NULL), 0);
    GoString s = gostr("a");
    GoString *v = rt_mapaccess1(&mt_ss, NULL, &s);
    assert_int_equal(v->len, 0);
    GoEface e = {&t_int, &k};
    assert_int_equal(*(int64_t *)rt_mapaccess1(&mt_anyi, NULL, &e), 0);
    // Negative and absurd hints are a plain empty map, as in Go.
    GoMap *m = rt_makemap(&mt_ii, -5);
    put_ii(m, 1, 1);
    m = rt_makemap(&mt_ii, INT64_MAX);
    put_ii(m, 1, 1);
    assert_int_equal(rt_maplen(m), 1);
}

static void test_clear(void **state UNUSED) {
    GoMap *m = rt_makemap(&mt_ii, 0);
    for (int64_t i = 0; i < 1000; i++) put_ii(m, i, i);
    rt_mapclear(&mt_ii, m);
    assert_int_equal(rt_maplen(m), 0);
    assert_int_equal(get_ii(m, 5), -1);
    assert_int_equal(count_iter(&mt_ii, m), 0);
    for (int64_t i = 0; i < 2000; i++) put_ii(m, i, -i);
    for (int64_t i = 0; i < 2000; i++) assert_int_equal(get_ii(m, i), -i);
    assert_int_equal(count_iter(&mt_ii, m), 2000);
    // Clearing in the middle of a growth (833 entries just doubled 128 buckets).
    GoMap *g = rt_makemap(&mt_ii, 0);
    for (int64_t i = 0; i < 833; i++) put_ii(g, i, i);
    rt_mapclear(&mt_ii, g);
    for (int64_t i = 0; i < 833; i++) assert_int_equal(get_ii(g, i), -1);
    for (int64_t i = 0; i < 100; i++) put_ii(g, i, 1);
    assert_int_equal(count_iter(&mt_ii, g), 100);
}

// ---------------------------------------------------------------- iteration

static void check_visits_once(int64_t n) {
    GoMap *m = rt_makemap(&mt_ii, 0);
    for (int64_t i = 0; i < n; i++) put_ii(m, i, 2 * i);
    uint8_t *seen = calloc((size_t)n + 1, 1);
    GoMapIter it;
    int64_t count = 0;
    for (rt_mapiterinit(&mt_ii, m, &it); it.key; rt_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key;
        assert_true(k >= 0 && k < n);
        assert_int_equal(seen[k], 0);
        seen[k] = 1;
        assert_int_equal(*(int64_t *)it.elem, 2 * k);
        count++;
    }
    assert_int_equal(count, n);
    rt_mapiternext(&it);  // finished iterators stay finished
    assert_null(it.key);
    free(seen);
}

static void test_iteration_visits_each_once(void **state UNUSED) {
    static const int64_t sizes[] = {0, 1, 5, 8, 9, 53, 1000, 20000};
    for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) check_visits_once(sizes[i]);
}

static void test_delete_during_iteration(void **state UNUSED) {
    enum { N = 2000 };
    GoMap *m = rt_makemap(&mt_ii, 0);
    for (int64_t i = 0; i < N; i++) put_ii(m, i, i);
    static uint8_t seen[N], deleted[N];
    memset(seen, 0, sizeof seen), memset(deleted, 0, sizeof deleted);
    GoMapIter it;
    for (rt_mapiterinit(&mt_ii, m, &it); it.key; rt_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key;
        assert_false(deleted[k]);
        assert_false(seen[k]);
        seen[k] = 1;
        int64_t victim = (k * 7 + 3) % N;  // delete some other entry, maybe not yet seen
        del_ii(m, victim);
        deleted[victim] = 1;
        del_ii(m, k);  // and the current one
        deleted[k] = 1;
    }
    for (int64_t k = 0; k < N; k++) assert_true(seen[k] || deleted[k]);
    assert_int_equal(rt_maplen(m), 0);
}

// Inserting during iteration: growth happens mid-walk several times.
static void test_insert_during_iteration(void **state UNUSED) {
    enum { N = 1000, EXTRA = 50000 };
    GoMap *m = rt_makemap(&mt_ii, 0);
    for (int64_t i = 0; i < N; i++) put_ii(m, i, 2 * i);
    uint8_t *seen = calloc(N + EXTRA, 1);
    GoMapIter it;
    int64_t next = N;
    for (rt_mapiterinit(&mt_ii, m, &it); it.key; rt_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key;
        assert_true(k >= 0 && k < next);
        assert_false(seen[k]);
        seen[k] = 1;
        assert_int_equal(*(int64_t *)it.elem, 2 * k);
        for (int j = 0; j < 50 && next < N + EXTRA; j++, next++) put_ii(m, next, 2 * next);
    }
    for (int64_t k = 0; k < N; k++) assert_true(seen[k]);
    assert_int_equal(rt_maplen(m), N + EXTRA);
    free(seen);
}

// Starts one iteration per key while a map is in the middle of each growth,
// changing values as it goes: every key is seen once with its newest value.
static void test_iteration_started_during_growth(void **state UNUSED) {
    GoMap *m = rt_makemap(&mt_ii, 0);
    int64_t n = 0;
    for (int round = 0; round < 12; round++) {
        // Grow to just past the next threshold: 13/2 * 2^B + 1 entries.
        int64_t target = round < 1 ? 9 : 13 * ((int64_t)1 << (round - 1)) + 1;
        while (n < target) put_ii(m, n, n), n++;
        uint8_t *seen = calloc((size_t)n, 1);
        GoMapIter it;
        for (rt_mapiterinit(&mt_ii, m, &it); it.key; rt_mapiternext(&it)) {
            int64_t k = *(int64_t *)it.key;
            assert_false(seen[k]);
            seen[k] = 1;
            assert_int_equal(*(int64_t *)it.elem, k);
            put_ii(m, (k + 17) % n, (k + 17) % n);  // a write: evacuation progresses
        }
        for (int64_t k = 0; k < n; k++) assert_true(seen[k]);
        free(seen);
    }
}

// NaN keys cannot be rehashed: evacuation and an iteration running across
// the growth must agree on where each one goes (the tophash low bit).
static void test_nan_iteration_across_growth(void **state UNUSED) {
    enum { N = 3000 };
    for (int round = 0; round < 20; round++) {
        GoMap *m = rt_makemap(&mt_fi, 0);
        double nan = NAN;
        int64_t n = 0;
        while (n < 13 * 64 + 1) put_i(&mt_fi, m, &nan, n), n++;  // just doubled to 256 buckets
        uint8_t *seen = calloc(N, 1);
        int64_t start = n;
        GoMapIter it;
        for (rt_mapiterinit(&mt_fi, m, &it); it.key; rt_mapiternext(&it)) {
            int64_t v = *(int64_t *)it.elem;
            assert_true(isnan(*(double *)it.key));
            assert_false(seen[v]);
            seen[v] = 1;
            for (int j = 0; j < 3 && n < N; j++) put_i(&mt_fi, m, &nan, n), n++;
        }
        for (int64_t v = 0; v < start; v++) assert_true(seen[v]);
        free(seen);
    }
}

// The bucket array is as small as the load factor allows and a growth
// finishes within as many writes as the old array had buckets.
static void test_growth_shape(void **state UNUSED) {
    GoMap *m = rt_makemap(&mt_ii, 0);
    RtMapShape sh;
    for (int64_t n = 1; n <= 200000; n++) {
        put_ii(m, n, n);
        if (n > 5000 && n % 97) continue;  // the shape walk costs O(buckets)
        rt_map_shape(m, &sh);
        int64_t B = 0;
        while (n > 8 && n > 13 * (((int64_t)1 << B) / 2)) B++;
        assert_int_equal(sh.B, B);
        if (sh.growing) {
            int64_t grown_at = 13 * (((int64_t)1 << (B - 1)) / 2) + 1;
            assert_true(n - grown_at < ((int64_t)1 << (B - 1)));
        }
        assert_true(sh.longest <= 8);
    }
    assert_int_equal(*(int64_t *)m, 200000);
    // A hint sizes the array at once.
    rt_map_shape(rt_makemap(&mt_ii, 1000), &sh);
    assert_int_equal(sh.B, 8);
    assert_false(sh.growing);
}

// Two iterations of a big map usually start at different entries.
static void test_random_order(void **state UNUSED) {
    enum { TRIES = 64 };
    GoMap *big = rt_makemap(&mt_ii, 0), *small = rt_makemap(&mt_ii, 0);
    for (int64_t i = 0; i < 1000; i++) put_ii(big, i, i);
    for (int64_t i = 0; i < 8; i++) put_ii(small, i, i);
    int64_t first_big[TRIES], first_small[TRIES];
    for (int t = 0; t < TRIES; t++) {
        GoMapIter it;
        rt_mapiterinit(&mt_ii, big, &it);
        first_big[t] = *(int64_t *)it.key;
        rt_mapiterinit(&mt_ii, small, &it);
        first_small[t] = *(int64_t *)it.key;
    }
    int distinct_big = 0, distinct_small = 0;
    for (int t = 0; t < TRIES; t++) {
        bool nb = true, ns = true;
        for (int u = 0; u < t; u++) nb &= first_big[u] != first_big[t], ns &= first_small[u] != first_small[t];
        distinct_big += nb, distinct_small += ns;
    }
    // 64 draws from ~1000 (or 8) roughly uniform starts: far more than these.
    assert_true(distinct_big >= 20);
    assert_true(distinct_small >= 4);
}

static void test_clear_during_iteration(void **state UNUSED) {
    GoMap *m = rt_makemap(&mt_ii, 0);
    for (int64_t i = 0; i < 500; i++) put_ii(m, i, i);
    GoMapIter it;
    rt_mapiterinit(&mt_ii, m, &it);
    for (int i = 0; i < 10; i++) rt_mapiternext(&it);
    assert_non_null(it.key);
    rt_mapclear(&mt_ii, m);
    rt_mapiternext(&it);
    assert_null(it.key);
    // Stopping at every position, some inside overflow buckets.
    for (int stop = 0; stop < 800; stop += 3) {
        GoMap *c = rt_makemap(&mt_ii, 0);
        for (int64_t i = 0; i < 800; i++) put_ii(c, i, i);
        rt_mapiterinit(&mt_ii, c, &it);
        for (int i = 0; i < stop; i++) rt_mapiternext(&it);
        rt_mapclear(&mt_ii, c);
        rt_mapiternext(&it);
        assert_null(it.key);
    }
}

// ---------------------------------------------------------------- randomised stress

// A small deterministic generator for the stress test (splitmix64).
static uint64_t rng_state;
static uint64_t rng(void) {
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// How the stress test turns a key index into a key of its map's type.
typedef struct KeyKind {
    const GoType *mt;
    void (*make)(int64_t idx, void *out);  // out has room for 160 bytes
} KeyKind;

static void make_int(int64_t idx, void *out) {
    *(int64_t *)out = idx * 0x10001;
}
static void make_str(int64_t idx, void *out) {
    *(GoString *)out = heapstr("k%lld", idx);
}
static void make_big(int64_t idx, void *out) {
    memset(out, 0, 160);
    ((int64_t *)out)[0] = idx;
    ((int64_t *)out)[19] = idx ^ 0x5555;
}
static void make_iface(int64_t idx, void *out) {
    if (idx % 3 == 0) {
        GoString *s = gc_alloc(16, &t_string);
        *s = heapstr("i%lld", idx);
        *(GoEface *)out = (GoEface){&t_string, s};
    } else {
        int64_t *b = gc_alloc(8, NULL);
        *b = idx;
        *(GoEface *)out = (GoEface){&t_int, b};
    }
}
// The key index back from a key, for the checks.
static int64_t key_index(const KeyKind *kk, const void *k) {
    if (kk->mt == &mt_ii) return *(const int64_t *)k / 0x10001;
    if (kk->mt == &mt_bigbig) return *(const int64_t *)k;
    const GoString *s;
    if (kk->mt == &mt_anyi) {
        const GoEface *e = k;
        if (e->type == &t_int) return *(const int64_t *)e->data;
        s = e->data;
    } else {
        s = k;
    }
    return strtoll((const char *)s->ptr + 1, NULL, 10);
}

enum { SK = 3000 };  // key space of the stress test

typedef struct Model {
    int64_t val[SK];
    bool present[SK], seen[SK], touched[SK];
    int64_t len;
} Model;

static void model_write(const KeyKind *kk, GoMap *m, Model *md, int64_t idx) {
    uint8_t key[160];
    kk->make(idx, key);
    bool del = rng() % 100 < 45;
    md->touched[idx] = true;
    if (del) {
        rt_mapdelete(kk->mt, m, key);
        // A key deleted and inserted again is a new entry, which the spec
        // lets an ongoing iteration produce even if the old one was seen.
        md->seen[idx] = false;
        md->len -= md->present[idx];
        md->present[idx] = false;
        return;
    }
    int64_t v = (int64_t)(rng() >> 8);
    *(int64_t *)rt_mapassign(kk->mt, m, key) = v;
    md->len += !md->present[idx];
    md->present[idx] = true;
    md->val[idx] = v;
}

static void stress_iterate(const KeyKind *kk, GoMap *m, Model *md, int writes_per_step) {
    bool start[SK];
    memcpy(start, md->present, sizeof start);
    memset(md->seen, 0, sizeof md->seen), memset(md->touched, 0, sizeof md->touched);
    GoMapIter it;
    for (rt_mapiterinit(kk->mt, m, &it); it.key; rt_mapiternext(&it)) {
        int64_t idx = key_index(kk, it.key);
        assert_true(idx >= 0 && idx < SK);
        assert_true(md->present[idx]);
        assert_false(md->seen[idx]);
        assert_int_equal(*(int64_t *)it.elem, md->val[idx]);
        md->seen[idx] = true;
        for (int w = 0; w < writes_per_step; w++) model_write(kk, m, md, (int64_t)(rng() % SK));
    }
    for (int64_t i = 0; i < SK; i++)
        if (start[i] && !md->touched[i]) assert_true(md->seen[i]);
}

static void stress(const KeyKind *kk, uint64_t seed) {
    rng_state = seed;
    Model *md = calloc(1, sizeof *md);
    GoMap *m = rt_makemap(kk->mt, 0);
    for (int round = 0; round < 40; round++) {
        // Phases that grow and shrink the map, so both kinds of growth happen.
        int64_t lim = round % 4 == 3 ? SK / 10 : SK;
        int64_t n = (int64_t)(rng() % 3000);
        for (int64_t i = 0; i < n; i++) model_write(kk, m, md, (int64_t)(rng() % lim));
        assert_int_equal(rt_maplen(m), md->len);
        stress_iterate(kk, m, md, (int)(rng() % 3));
        assert_int_equal(rt_maplen(m), md->len);
    }
    for (int64_t i = 0; i < SK; i++) {
        uint8_t key[160];
        kk->make(i, key);
        bool ok;
        int64_t v = *(int64_t *)rt_mapaccess2(kk->mt, m, key, &ok);
        assert_int_equal(ok, md->present[i]);
        if (ok) assert_int_equal(v, md->val[i]);
    }
    free(md);
}

// map[[20]int][10]string stores 8-byte ints in the first word of its value
// (a GoString's pointer word) - harmless here: the collector ignores words
// that point nowhere into the heap.
static void test_stress(void **state UNUSED) {
    static const KeyKind kinds[] = {
        {&mt_ii, make_int}, {&mt_si, make_str}, {&mt_bigbig, make_big}, {&mt_anyi, make_iface}};
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
        for (uint64_t seed = 1; seed <= 3; seed++) stress(&kinds[k], seed * 7919 + k);
}

// Deleting old keys and inserting new ones at a steady size leaves holes and
// overflow buckets; same-size growth must compact them, so the map's memory
// stays bounded however long the churn runs.
static void test_churn_compacts(void **state UNUSED) {
    GoMap *m = rt_makemap(&mt_ii, 0);
    for (int64_t i = 0; i < 100; i++) put_ii(m, i, i);
    for (int64_t i = 100; i < 1000000; i++) {
        del_ii(m, i - 100);
        put_ii(m, i, i);
    }
    assert_int_equal(rt_maplen(m), 100);
    for (int64_t i = 1000000 - 100; i < 1000000; i++) assert_int_equal(get_ii(m, i), i);
    GcStats before, after;
    gc_stats(&before);
    for (int64_t i = 1000000; i < 1200000; i++) {
        del_ii(m, i - 100);
        put_ii(m, i, i);
    }
    gc_stats(&after);
    // 200k churn steps allocate only occasional overflow buckets and arrays.
    assert_true(after.allocs - before.allocs < 20000);
    RtMapShape sh;
    rt_map_shape(m, &sh);
    assert_true(sh.B <= 5);
    assert_true(sh.overflow <= ((int64_t)1 << sh.B) + 8);
}

// ---------------------------------------------------------------- the collector

static void *volatile g[2];
static const uint8_t mask_g[1] = {0x03};
static const GoRoot roots[1] = {{(void *)&g[0], 16, mask_g}};
static const GoRootTable table = {1, roots};

// Not instrumented by ASan (GOSUB_SANITIZE): its redzones around buf would
// keep the stale words under them, which is what this must wipe.
__attribute__((no_sanitize_address)) static NOINLINE void clear_stack(void) {
    char buf[1 << 16];
    memset(buf, 0, sizeof buf);
    __asm__ volatile("" : : "r"(buf) : "memory");
}

static NOINLINE int64_t collect_and_count(void) {
    gc_collect();
    GcStats s;
    gc_stats(&s);
    return s.live_objects;
}

#define live_after_gc() (clear_stack(), collect_and_count())

static NOINLINE void build_node_map(int64_t n) {
    GoMap *m = rt_makemap(&mt_inode, 0);
    for (int64_t i = 0; i < n; i++) {
        Node *x = gc_alloc(sizeof(Node), &t_node);
        x->val = i * 3;
        *(Node **)rt_mapassign(&mt_inode, m, &i) = x;
    }
    g[0] = m;
}

static NOINLINE void churn(int64_t n) {
    for (int64_t i = 0; i < n; i++) {
        Node *x = gc_alloc(sizeof(Node), &t_node);
        x->val = -1;
        x->next = (Node *)(uintptr_t)0xDEAD;
    }
}

static NOINLINE void check_node_map(int64_t n) {
    for (int64_t i = 0; i < n; i++) {
        Node *x = *(Node **)rt_mapaccess1(&mt_inode, g[0], &i);
        assert_non_null(x);
        assert_int_equal(x->val, i * 3);
        assert_null(x->next);
    }
}

static NOINLINE void drop_half(int64_t n) {
    for (int64_t i = 0; i < n; i += 2) rt_mapdelete(&mt_inode, g[0], &i);
}

static void test_gc_keeps_values(void **state UNUSED) {
    enum { N = 20000 };
    int64_t base = live_after_gc();
    build_node_map(N);
    int64_t with = live_after_gc();
    assert_true(with - base >= N + 2);  // the nodes, the header, the buckets
    churn(300000);
    live_after_gc();
    check_node_map(N);
    drop_half(N);  // deleted values become garbage
    int64_t half = live_after_gc();
    assert_true(with - half >= N / 2);
    g[0] = NULL;  // the whole map becomes garbage
    assert_true(live_after_gc() - base <= 2);
}

static NOINLINE void build_string_map(int64_t n) {
    GoMap *m = rt_makemap(&mt_ss, 0);
    g[1] = m;
    for (int64_t i = 0; i < n; i++) {
        GoString k = heapstr("key%lld", i), *v = rt_mapassign(&mt_ss, m, &k);
        *v = heapstr("value%lld", i * 5);
    }
}

static NOINLINE void check_string_map(int64_t n) {
    for (int64_t i = 0; i < n; i++) {
        GoString k = heapstr("key%lld", i);
        bool ok;
        GoString *v = rt_mapaccess2(&mt_ss, g[1], &k, &ok);
        assert_true(ok);
        char want[40];
        int len = snprintf(want, sizeof want, "value%lld", (long long)i * 5);
        assert_int_equal(v->len, len);
        assert_memory_equal(v->ptr, want, (size_t)len);
    }
}

// Collections strike in the middle of growth and evacuation: keys and values
// reachable only through buckets (old and new) must survive.
static void test_gc_during_growth(void **state UNUSED) {
    enum { N = 30000 };
    int64_t base = live_after_gc();
    gc_set_percent(5);
    GcStats s0, s1;
    gc_stats(&s0);
    build_string_map(N);
    churn(100000);
    gc_stats(&s1);
    assert_true(s1.cycles - s0.cycles >= 3);
    check_string_map(N);
    gc_set_percent(100);
    g[1] = NULL;
    assert_true(live_after_gc() - base <= 2);
}

// A small workload of every operation on pointerful keys and values, sized
// to run under GOSUBDEBUG=gcstress=1,gccheck=1 (a verified collection at
// every allocation): test_rt_map test_small_heap_workload.
static NOINLINE void small_workload(int64_t n) {
    GoMap *m = rt_makemap(&mt_ss, 0);
    g[1] = m;
    for (int64_t i = 0; i < n; i++) {
        GoString k = heapstr("k%lld", i);
        *(GoString *)rt_mapassign(&mt_ss, m, &k) = heapstr("v%lld", i);
        if (i % 3 == 0) {
            GoString d = heapstr("k%lld", i / 2);
            rt_mapdelete(&mt_ss, m, &d);
        }
    }
    GoMapIter it;
    int64_t seen = 0;
    for (rt_mapiterinit(&mt_ss, m, &it); it.key; rt_mapiternext(&it)) {
        GoString *k = it.key, *v = it.elem;
        assert_int_equal(k->len, v->len);
        assert_memory_equal(k->ptr + 1, v->ptr + 1, (size_t)k->len - 1);
        GoString extra = heapstr("x%lld", seen);  // inserts during the walk
        *(GoString *)rt_mapassign(&mt_ss, m, &extra) = heapstr("y%lld", seen++);
    }
}

static void test_small_heap_workload(void **state UNUSED) {
    int64_t base = live_after_gc();
    small_workload(600);
    live_after_gc();
    assert_true(rt_maplen(g[1]) > 600);
    g[1] = NULL;
    assert_true(live_after_gc() - base <= 2);
}

// ---------------------------------------------------------------- fmt

static char *cstr(GoString s) {
    char *c = malloc((size_t)s.len + 1);
    if (s.len) memcpy(c, s.ptr, (size_t)s.len);
    c[s.len] = 0;
    return c;
}

static void expect_sprintf(const char *want, const char *f, GoEface *args, int64_t n) {
    char *got = cstr(rt_fmt_sprintf((const uint8_t *)f, (int64_t)strlen(f), args, n));
    assert_string_equal(got, want);
    free(got);
}

static GoEface map_arg(const GoType *mt, GoMap *m) {
    return (GoEface){mt, m};
}

static GoMap *make_si(void) {
    GoMap *m = rt_makemap(&mt_si, 0);
    const char *keys[] = {"b", "a", "c"};
    const int64_t vals[] = {2, 1, 3};
    for (int i = 0; i < 3; i++) put_i(&mt_si, m, &(GoString){gostr(keys[i]).ptr, 1}, vals[i]);
    return m;
}

static void test_fmt_string_keys(void **state UNUSED) {
    GoMap *m = make_si();
    GoEface a[6];
    for (int i = 0; i < 6; i++) a[i] = map_arg(&mt_si, m);
    expect_sprintf("map[a:1 b:2 c:3]|map[a:1 b:2 c:3]|map[string]int{\"a\":1, \"b\":2, \"c\":3}|"
                   "map[%!d(string=a):1 %!d(string=b):2 %!d(string=c):3]|map[61:1 62:2 63:3]|"
                   "map[a:%!s(int=1) b:%!s(int=2) c:%!s(int=3)]",
                   "%v|%+v|%#v|%d|%x|%s", a, 6);
    GoEface nil3[4] = {map_arg(&mt_si, NULL), map_arg(&mt_si, NULL), map_arg(&mt_si, NULL), {&t_int, &(int64_t){0}}};
    expect_sprintf("map[] map[] map[string]int(nil) 0", "%v %+v %#v %d", nil3, 4);
    GoMap *pm = m;
    GoEface p = {&t_mapptr, &pm};
    expect_sprintf("&map[a:1 b:2 c:3]", "%v", &p, 1);
    GoMap *s2 = rt_makemap(&mt_ss, 0);
    const char *kv[][2] = {{"", "empty"}, {"Z", "z"}, {"a", "A"}, {"ab", "x"}, {"\xc3\xa9", "e"}};
    for (int i = 0; i < 5; i++) {
        GoString k = gostr(kv[i][0]);
        *(GoString *)rt_mapassign(&mt_ss, s2, &k) = gostr(kv[i][1]);
    }
    GoEface b[2] = {map_arg(&mt_ss, s2), map_arg(&mt_ss, s2)};
    expect_sprintf("map[:empty Z:z a:A ab:x \xc3\xa9:e]|map[\"\":\"empty\" \"Z\":\"z\" \"a\":\"A\" \"ab\":\"x\" \"\xc3\xa9\":\"e\"]",
                   "%v|%q", b, 2);
}

static void test_fmt_number_keys(void **state UNUSED) {
    GoMap *f = rt_makemap(&mt_fi, 0);
    double keys[] = {0.0, neg_zero(), NAN, NAN, -INFINITY, 2.5};
    int64_t vals[] = {1, 2, 3, 3, 5, 6};
    for (int i = 0; i < 6; i++) put_i(&mt_fi, f, &keys[i], vals[i]);
    GoEface a = map_arg(&mt_fi, f);
    expect_sprintf("map[NaN:3 NaN:3 -Inf:5 -0:2 2.5:6]", "%v", &a, 1);
    GoMap *n = rt_makemap(&mt_ii, 0);
    int64_t nk[] = {-5, 3, -100, 0}, nv[] = {1, 2, 3, 4};
    for (int i = 0; i < 4; i++) put_ii(n, nk[i], nv[i]);
    a = map_arg(&mt_ii, n);
    expect_sprintf("map[-100:3 -5:1 0:4 3:2]", "%v", &a, 1);
    GoMap *w1 = rt_makemap(&mt_ii, 0), *w2 = rt_makemap(&mt_ii, 0);
    put_ii(w1, 1, 2), put_ii(w1, 3, 4), put_ii(w2, -1, 2);
    GoEface w[2] = {map_arg(&mt_ii, w1), map_arg(&mt_ii, w2)};
    expect_sprintf("map[       1:       2        3:       4]|map[-1 :2  ]|", "%8v|%-3v|", w, 2);
    GoMap *u = rt_makemap(&mt_u8i8, 0);
    uint8_t k200 = 200, k3 = 3;
    *(int8_t *)rt_mapassign(&mt_u8i8, u, &k200) = -1;
    *(int8_t *)rt_mapassign(&mt_u8i8, u, &k3) = 4;
    GoEface uu[2] = {map_arg(&mt_u8i8, u), map_arg(&mt_u8i8, u)};
    expect_sprintf("map[3:4 200:-1]|map[uint8]int8{0x3:4, 0xc8:-1}", "%v|%#v", uu, 2);
    GoMap *b = rt_makemap(&mt_bi, 0);
    bool t = true, fl = false;
    put_i(&mt_bi, b, &t, 1), put_i(&mt_bi, b, &fl, 0);
    a = map_arg(&mt_bi, b);
    expect_sprintf("map[false:0 true:1]", "%v", &a, 1);
    GoMap *sf = rt_makemap(&mt_sfl, 0);
    *(double *)rt_mapassign(&mt_sfl, sf, &(GoString){(const uint8_t *)"pi", 2}) = 3.14159;
    *(double *)rt_mapassign(&mt_sfl, sf, &(GoString){(const uint8_t *)"e", 1}) = 2.71828;
    GoEface sfa[2] = {map_arg(&mt_sfl, sf), map_arg(&mt_sfl, sf)};
    expect_sprintf("map[%!f(string=e):2.72 %!f(string=pi):3.14]|map[e:2.71828 pi:3.14159]", "%.2f|%v", sfa, 2);
}

static void test_fmt_composite_keys(void **state UNUSED) {
    GoMap *p = rt_makemap(&mt_ps, 0);
    int64_t pk[][2] = {{2, 1}, {1, 2}, {1, 1}};
    const char *pv[] = {"x", "y", "z"};
    for (int i = 0; i < 3; i++) *(GoString *)rt_mapassign(&mt_ps, p, pk[i]) = gostr(pv[i]);
    GoEface a[3] = {map_arg(&mt_ps, p), map_arg(&mt_ps, p), map_arg(&mt_ps, p)};
    expect_sprintf("map[{1 1}:z {1 2}:y {2 1}:x]|map[{X:1 Y:1}:z {X:1 Y:2}:y {X:2 Y:1}:x]|"
                   "map[main.P]string{main.P{X:1, Y:1}:\"z\", main.P{X:1, Y:2}:\"y\", main.P{X:2, Y:1}:\"x\"}",
                   "%v|%+v|%#v", a, 3);
    GoMap *ar = rt_makemap(&mt_a2b, 0);
    int64_t ak[][2] = {{2, 1}, {1, 2}};
    *(bool *)rt_mapassign(&mt_a2b, ar, ak[0]) = true;
    *(bool *)rt_mapassign(&mt_a2b, ar, ak[1]) = false;
    GoEface b[2] = {map_arg(&mt_a2b, ar), map_arg(&mt_a2b, ar)};
    expect_sprintf("map[[1 2]:false [2 1]:true]|map[[2]int]bool{[2]int{1, 2}:false, [2]int{2, 1}:true}", "%v|%#v", b, 2);
    GoMap *pad = rt_makemap(&mt_padb, 0);
    int64_t pd1[2] = {1, 2}, pd2[2] = {0, 5};
    *(int8_t *)pd2 = -1;
    *(bool *)rt_mapassign(&mt_padb, pad, pd1) = true;
    *(bool *)rt_mapassign(&mt_padb, pad, pd2) = false;
    GoEface c = map_arg(&mt_padb, pad);
    expect_sprintf("map[{-1 5}:false {1 2}:true]", "%v", &c, 1);
    GoMap *sk = rt_makemap(&mt_ski, 0);
    int64_t sks[] = {2, 1, 10}, skv[] = {2, 1, 3};
    for (int i = 0; i < 3; i++) put_i(&mt_ski, sk, &sks[i], skv[i]);
    GoEface d[2] = {map_arg(&mt_ski, sk), map_arg(&mt_ski, sk)};
    expect_sprintf("map[S1:1 S2:2 S10:3]|map[main.S]int{main.S{N:1}:1, main.S{N:2}:2, main.S{N:10}:3}", "%v|%#v", d, 2);
}

static void test_fmt_interface_and_nested(void **state UNUSED) {
    GoMap *i = rt_makemap(&mt_anyi, 0);
    int64_t ik[] = {3, 1, 2}, iv[] = {1, 2, 3};
    for (int j = 0; j < 3; j++) put_i(&mt_anyi, i, &(GoEface){&t_int, &ik[j]}, iv[j]);
    put_i(&mt_anyi, i, &(GoEface){NULL, NULL}, 4);
    GoEface a = map_arg(&mt_anyi, i);
    expect_sprintf("map[<nil>:4 1:2 2:3 3:1]", "%v", &a, 1);
    GoMap *s = rt_makemap(&mt_anyi, 0);
    GoString sb = gostr("b"), sa = gostr("a");
    put_i(&mt_anyi, s, &(GoEface){&t_string, &sb}, 1);
    put_i(&mt_anyi, s, &(GoEface){&t_string, &sa}, 2);
    GoEface b[2] = {map_arg(&mt_anyi, s), map_arg(&mt_anyi, s)};
    expect_sprintf("map[a:2 b:1]|map[interface {}]int{\"a\":2, \"b\":1}", "%v|%#v", b, 2);
    GoMap *n = rt_makemap(&mt_sints, 0);
    int64_t *xs = gc_alloc(16, NULL);
    xs[0] = 1, xs[1] = 2;
    *(GoSlice *)rt_mapassign(&mt_sints, n, &(GoString){(const uint8_t *)"x", 1}) = (GoSlice){xs, 2, 2};
    rt_mapassign(&mt_sints, n, &(GoString){(const uint8_t *)"a", 1});
    GoEface c[2] = {map_arg(&mt_sints, n), map_arg(&mt_sints, n)};
    expect_sprintf("map[a:[] x:[1 2]]|map[string][]int{\"a\":[]int(nil), \"x\":[]int{1, 2}}", "%v|%#v", c, 2);
    GoMap *inner = rt_makemap(&mt_is, 0), *outer = rt_makemap(&mt_smap, 0);
    int64_t two = 2, one = 1;
    *(GoString *)rt_mapassign(&mt_is, inner, &two) = gostr("b");
    *(GoString *)rt_mapassign(&mt_is, inner, &one) = gostr("a");
    *(GoMap **)rt_mapassign(&mt_smap, outer, &(GoString){(const uint8_t *)"k", 1}) = inner;
    GoEface d[2] = {map_arg(&mt_smap, outer), map_arg(&mt_smap, outer)};
    expect_sprintf("map[k:map[1:a 2:b]]|map[string]map[int]string{\"k\":map[int]string{1:\"a\", 2:\"b\"}}", "%v|%#v", d, 2);
    GoMap *e1 = rt_makemap(&mt_ii, 0);
    put_ii(e1, 1, 2);
    GoMap **ms = gc_alloc(16, &mt_ii);
    ms[0] = e1, ms[1] = NULL;
    GoSlice sl = {ms, 2, 2};
    GoEface e = {&t_mapslice, &sl};
    expect_sprintf("[map[1:2] map[]]", "%v", &e, 1);
    GoEface two_empty[2] = {map_arg(&mt_si, rt_makemap(&mt_si, 0)), map_arg(&mt_bi, NULL)};
    char *got = cstr(rt_fmt_sprintln(two_empty, 2));
    assert_string_equal(got, "map[] map[]\n");
    free(got);
}

// ---------------------------------------------------------------- panics

// Runs fn in a child process and checks that it exits with status 2 after
// writing exactly want to stderr (Go 1.26's messages).
static void expect_panic(void (*fn)(void), const char *want) {
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        dup2(fds[1], 2);
        close(fds[0]);
        fn();
        _exit(0);
    }
    close(fds[1]);
    char got[1024];
    size_t n = 0;
    ssize_t r;
    while (n < sizeof got - 1 && (r = read(fds[0], got + n, sizeof got - 1 - n)) > 0) n += (size_t)r;
    got[n] = 0;
    close(fds[0]);
    int status;
    waitpid(pid, &status, 0);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 2);
    assert_string_equal(got, want);
}

static GoSlice empty_slice;

static void panic_nil_assign(void) {
    GoString k = gostr("a");
    rt_mapassign(&mt_si, NULL, &k);
}

static void panic_unhashable_assign(void) {
    GoMap *m = rt_makemap(&mt_anyi, 0);
    rt_mapassign(&mt_anyi, m, &(GoEface){&t_ints, &empty_slice});
}

static void panic_unhashable_struct(void) {
    GoMap *m = rt_makemap(&mt_anyi, 0);
    int64_t one = 1;
    put_i(&mt_anyi, m, &(GoEface){&t_int, &one}, 1);
    GoSlice u = {0, 0, 0};
    rt_mapaccess1(&mt_anyi, m, &(GoEface){&t_u, &u});
}

static void panic_unhashable_nil_map(void) {
    rt_mapaccess1(&mt_anyi, NULL, &(GoEface){&t_ints, &empty_slice});
}

static void panic_unhashable_nested_empty_map(void) {
    int64_t one = 1;
    GoEface arr[2] = {{&t_int, &one}, {&t_ints, &empty_slice}};
    GoMap *m = rt_makemap(&mt_anyi, 0);
    rt_mapdelete(&mt_anyi, m, &(GoEface){&t_any2, arr});
}

static void test_panics(void **state UNUSED) {
    expect_panic(panic_nil_assign, "panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\n");
    expect_panic(panic_unhashable_assign,
                 "panic: runtime error: hash of unhashable type []int\n\ngoroutine 1 [running]:\n");
    expect_panic(panic_unhashable_struct,
                 "panic: runtime error: hash of unhashable type main.S\n\ngoroutine 1 [running]:\n");
    // Nil and empty maps report through Go 1.26's mapKeyError, in its words.
    expect_panic(panic_unhashable_nil_map, "panic: hash of unhashable type: []int\n\ngoroutine 1 [running]:\n");
    expect_panic(panic_unhashable_nested_empty_map,
                 "panic: hash of unhashable type: []int\n\ngoroutine 1 [running]:\n");
}

// An argument selects tests by name (cmocka's filter, * wildcards).
int main(int argc, char **argv) {
    if (argc > 1) cmocka_set_test_filter(argv[1]);
    gc_init();
    gc_add_roots(&table);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_int_basic),
        cmocka_unit_test(test_growth_sizes),
        cmocka_unit_test(test_string_keys),
        cmocka_unit_test(test_float_keys),
        cmocka_unit_test(test_float32_keys),
        cmocka_unit_test(test_struct_keys),
        cmocka_unit_test(test_array_keys),
        cmocka_unit_test(test_interface_keys),
        cmocka_unit_test(test_big_keys_and_values),
        cmocka_unit_test(test_small_keys),
        cmocka_unit_test(test_nil_map),
        cmocka_unit_test(test_clear),
        cmocka_unit_test(test_iteration_visits_each_once),
        cmocka_unit_test(test_delete_during_iteration),
        cmocka_unit_test(test_insert_during_iteration),
        cmocka_unit_test(test_iteration_started_during_growth),
        cmocka_unit_test(test_nan_iteration_across_growth),
        cmocka_unit_test(test_growth_shape),
        cmocka_unit_test(test_random_order),
        cmocka_unit_test(test_clear_during_iteration),
        cmocka_unit_test(test_stress),
        cmocka_unit_test(test_churn_compacts),
        cmocka_unit_test(test_gc_keeps_values),
        cmocka_unit_test(test_gc_during_growth),
        cmocka_unit_test(test_small_heap_workload),
        cmocka_unit_test(test_fmt_string_keys),
        cmocka_unit_test(test_fmt_number_keys),
        cmocka_unit_test(test_fmt_composite_keys),
        cmocka_unit_test(test_fmt_interface_and_nested),
        cmocka_unit_test(test_panics),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
