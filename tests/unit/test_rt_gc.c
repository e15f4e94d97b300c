// test_rt_gc.c: the collector keeps what is reachable and reclaims the rest.
//
// Reachability is observed through gc_stats: live_objects after a full
// collection.  Each test compares counts before and after building a
// structure, so objects kept alive by earlier tests or by the conservative
// stack scan do not matter.  Pointers are only ever held in the registered
// global roots or inside noinline helpers whose frames are wiped
// (clear_stack) before collecting, so no stale stack word keeps a structure
// alive by accident.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "runtime.h"

#define NOINLINE __attribute__((noinline))
#define UNUSED __attribute__((unused))

typedef struct Node {
    struct Node *next;
    int64_t val;
} Node;

static const uint8_t mask_first[1] = {0x01}, mask_second[1] = {0x02}, mask_both[1] = {0x03};
static const GoType t_node = {16, GOKIND_STRUCT, 8, "main.Node", mask_first, 0, 0, 0, 0, 0, 0, 1};
static const GoType t_ptr = {8, GOKIND_POINTER, 8, "*main.Node", mask_first, &t_node, 0, 0, 0, 0, 0, 0};
// struct { n int; p *Node }: the pointer is the second word.
static const GoType t_second = {16, GOKIND_STRUCT, 8, "main.Second", mask_second, 0, 0, 0, 0, 0, 0, 1};
static const GoType t_string = {16, GOKIND_STRING, 8, "string", mask_first, 0, 0, 0, 0, 0, 0, 0};
static const GoType t_pair = {16, GOKIND_STRUCT, 8, "main.Pair", mask_both, 0, 0, 0, 0, 0, 0, 1};

// The test's globals, registered as the program's root table.  g[0] is
// scanned precisely as a pointer, g[1] through a mask that says "no pointer",
// g[2..3] conservatively.
static void *volatile g[4];
static const uint8_t mask_g0[1] = {0x01};
static const GoRoot roots[2] = {
    {(void *)&g[0], 16, mask_g0},
    {(void *)&g[2], 16, NULL},
};
static const GoRootTable table = {2, roots};

// Not instrumented by ASan (GOSUB_SANITIZE): its redzones around buf would
// keep the stale words under them, which is what this must wipe.
__attribute__((no_sanitize_address)) static NOINLINE void clear_stack(void) {
    char buf[1 << 16];
    memset(buf, 0, sizeof buf);
    __asm__ volatile("" : : "r"(buf) : "memory");  // keeps the stores
}

static NOINLINE int64_t collect_and_count(void) {
    gc_collect();
    GcStats s;
    gc_stats(&s);
    return s.live_objects;
}

// clear_stack runs at the caller's depth, so it wipes exactly the frames the
// builders used, including the slots collect_and_count's frame leaves
// unwritten.
#define live_after_gc() (clear_stack(), collect_and_count())

static GcStats stats(void) {
    GcStats s;
    gc_stats(&s);
    return s;
}

static NOINLINE Node *make_list(int64_t n) {
    Node *head = NULL;
    for (int64_t i = 0; i < n; i++) {
        Node *x = gc_alloc(sizeof(Node), &t_node);
        x->next = head;
        x->val = i;
        head = x;
    }
    return head;
}

static NOINLINE int64_t list_sum(const Node *n) {
    int64_t s = 0;
    for (; n; n = n->next) s += n->val;
    return s;
}

static NOINLINE void set_root(int i, void *p) {
    g[i] = p;
}

// The test functions never hold a heap pointer themselves: even at -O0 their
// frames then hold no stale copies the stack scan could find.
static NOINLINE void root_list(int i, int64_t n) {
    set_root(i, make_list(n));
}

static NOINLINE void root_with(int i, void *(*make)(void)) {
    set_root(i, make());
}

// ---------------------------------------------------------------- allocation

static void test_alloc_zeroed(void **state UNUSED) {
    uint8_t *p = gc_alloc(48, NULL);
    for (int i = 0; i < 48; i++) assert_int_equal(p[i], 0);
    memset(p, 0xFF, 48);
    p = NULL;
    live_after_gc();
    for (int k = 0; k < 20000; k++) {
        uint8_t *q = gc_alloc(48, NULL);
        for (int i = 0; i < 48; i++) assert_int_equal(q[i], 0);
    }
}

static void test_zero_size(void **state UNUSED) {
    assert_non_null(gc_alloc(0, NULL));
}

static void test_roundupsize(void **state UNUSED) {
    assert_int_equal(gc_roundupsize(1, true), 8);
    assert_int_equal(gc_roundupsize(17, true), 24);
    assert_int_equal(gc_roundupsize(1000, true), 1024);
    assert_int_equal(gc_roundupsize(1000, false), 1024 - 8);  // Go's malloc header
    assert_int_equal(gc_roundupsize(40000, true), 40960);
}

// ---------------------------------------------------------------- roots

static NOINLINE void stack_object_survives(void) {
    Node *volatile keep = gc_alloc(sizeof(Node), &t_node);
    keep->val = 12345;
    gc_collect();
    for (int i = 0; i < 100000; i++) assert_ptr_not_equal(gc_alloc(sizeof(Node), &t_node), keep);
    assert_int_equal(keep->val, 12345);
}

static void test_stack_root(void **state UNUSED) {
    stack_object_survives();
}

static void test_global_root_precise(void **state UNUSED) {
    int64_t base = live_after_gc();
    root_list(0, 100);
    assert_int_equal(live_after_gc() - base, 100);
    assert_int_equal(list_sum(g[0]), 4950);
    set_root(0, NULL);
    assert_int_equal(live_after_gc() - base, 0);
}

static void test_global_root_mask_excludes(void **state UNUSED) {
    int64_t base = live_after_gc();
    root_list(1, 50);  // g[1] is not a pointer according to its mask
    assert_int_equal(live_after_gc() - base, 0);
    set_root(1, NULL);
}

static void test_global_root_conservative(void **state UNUSED) {
    int64_t base = live_after_gc();
    root_list(3, 10);
    assert_int_equal(live_after_gc() - base, 10);
    set_root(3, NULL);
    assert_int_equal(live_after_gc() - base, 0);
}

// ---------------------------------------------------------------- heap

static NOINLINE void *make_second(void) {
    int64_t *s = gc_alloc(16, &t_second);
    s[0] = (int64_t)(intptr_t)make_list(1);  // word 0 is an integer: not followed
    s[1] = (int64_t)(intptr_t)make_list(3);
    return s;
}

static void test_heap_ptrmask(void **state UNUSED) {
    int64_t base = live_after_gc();
    root_with(0, make_second);
    assert_int_equal(live_after_gc() - base, 1 + 3);
    set_root(0, NULL);
    assert_int_equal(live_after_gc() - base, 0);
}

static NOINLINE void *make_noscan_holder(void) {
    void **h = gc_alloc(16, NULL);  // type NULL: never scanned
    h[0] = make_list(5);
    return h;
}

static void test_noscan_not_scanned(void **state UNUSED) {
    int64_t base = live_after_gc();
    root_with(0, make_noscan_holder);
    assert_int_equal(live_after_gc() - base, 1);
    set_root(0, NULL);
}

static NOINLINE void *make_node_array(int64_t n) {
    // n elements of struct { n int; p *Node }: the mask repeats per element.
    int64_t *a = gc_alloc(n * 16, &t_second);
    for (int64_t i = 0; i < n; i++) a[2 * i + 1] = (int64_t)(intptr_t)make_list(1);
    return a;
}

static NOINLINE void root_array(int64_t n) {
    set_root(0, make_node_array(n));
}

static void test_array_mask_repeats(void **state UNUSED) {
    int64_t base = live_after_gc();
    root_array(100);
    assert_int_equal(live_after_gc() - base, 101);
    root_array(5000);  // large object: same rule
    assert_int_equal(live_after_gc() - base, 5001);
    set_root(0, NULL);
    assert_int_equal(live_after_gc() - base, 0);
}

static NOINLINE void *interior_of_pair(void) {
    void **p = gc_alloc(16, &t_pair);
    p[0] = make_list(2);
    return (char *)p + 12;  // points inside the pair, at no word boundary
}

static void test_interior_pointer(void **state UNUSED) {
    int64_t base = live_after_gc();
    root_with(0, interior_of_pair);
    assert_int_equal(live_after_gc() - base, 3);
    set_root(0, NULL);
    assert_int_equal(live_after_gc() - base, 0);
}

static void test_deep_list(void **state UNUSED) {
    int64_t base = live_after_gc();
    root_list(0, 1000000);  // a recursive marker would overflow the C stack
    assert_int_equal(live_after_gc() - base, 1000000);
    assert_int_equal(list_sum(g[0]), 499999500000);
    set_root(0, NULL);
    assert_int_equal(live_after_gc() - base, 0);
}

static NOINLINE void *make_cycle(void) {
    Node *a = gc_alloc(sizeof(Node), &t_node), *b = gc_alloc(sizeof(Node), &t_node);
    a->next = b;
    b->next = a;
    return a;
}

static void test_cycle_reclaimed(void **state UNUSED) {
    int64_t base = live_after_gc();
    root_with(0, make_cycle);
    assert_int_equal(live_after_gc() - base, 2);
    set_root(0, NULL);
    assert_int_equal(live_after_gc() - base, 0);
}

static NOINLINE void *make_strings(void) {
    GoString *s = gc_alloc(3 * sizeof(GoString), &t_string);
    for (int i = 0; i < 3; i++) {
        char *b = gc_alloc(10, NULL);
        memcpy(b, "abcdefghi", 10);
        s[i] = (GoString){(uint8_t *)b + i, 9 - i};  // interior pointers into each buffer
    }
    return s;
}

static void test_string_slice(void **state UNUSED) {
    int64_t base = live_after_gc();
    root_with(0, make_strings);
    assert_int_equal(live_after_gc() - base, 4);
    set_root(0, NULL);
}

// ---------------------------------------------------------------- large objects and the OS

static NOINLINE void make_large(void) {
    uint8_t *p = gc_alloc(1 << 20, NULL);
    for (int i = 0; i < (1 << 20); i += 4096) assert_int_equal(p[i], 0);
    p[12345] = 7;
    set_root(2, p + 100000);  // an interior pointer from a conservative root
}

static void test_large_object(void **state UNUSED) {
    int64_t base = live_after_gc(), large = stats().large_objects;
    make_large();
    assert_int_equal(live_after_gc() - base, 1);
    assert_int_equal(stats().large_objects, large + 1);
    assert_int_equal(((uint8_t *)g[2])[12345 - 100000], 7);
    set_root(2, NULL);
    live_after_gc();
    assert_int_equal(stats().large_objects, large);
}

static int64_t rss_bytes(void) {
    FILE *f = fopen("/proc/self/statm", "r");
    long size = 0, res = 0;
    if (!f) return 0;
    if (fscanf(f, "%ld %ld", &size, &res) != 2) res = 0;
    fclose(f);
    return (int64_t)res * sysconf(_SC_PAGESIZE);
}

static NOINLINE void *make_many(int64_t n, int64_t size) {
    void **a = gc_alloc(n * 8, &t_ptr);
    for (int64_t i = 0; i < n; i++) {
        a[i] = gc_alloc(size, NULL);
        memset(a[i], 1, (size_t)size);
    }
    return a;
}

static NOINLINE void root_many(int64_t n, int64_t size) {
    set_root(0, make_many(n, size));
}

static void test_memory_returned(void **state UNUSED) {
    live_after_gc();
    int64_t chunks0 = stats().chunks;
    root_many(200000, 256);  // 50 MiB
    live_after_gc();
    int64_t rss_full = rss_bytes(), chunks_full = stats().chunks;
    assert_true(chunks_full > chunks0 + 150);
    set_root(0, NULL);
    live_after_gc();
    assert_true(stats().chunks < chunks0 + 5);
    if (rss_full) assert_true(rss_bytes() < rss_full - (40 << 20));
}

// ---------------------------------------------------------------- pacing

static NOINLINE void churn(int64_t bytes) {
    for (int64_t i = 0; i < bytes / 64; i++) gc_alloc(64, &t_node);
}

static void test_gogc_off(void **state UNUSED) {
    gc_set_percent(-1);
    int64_t c0 = stats().cycles;
    churn(32 << 20);
    assert_int_equal(stats().cycles, c0);
    gc_set_percent(100);
    churn(32 << 20);
    assert_true(stats().cycles > c0);
    assert_true(stats().next_gc >= (4 << 20));
}

static void test_stats_counters(void **state UNUSED) {
    GcStats a = stats();
    gc_alloc(100, NULL);
    gc_alloc(200, &t_node);
    GcStats b = stats();
    assert_int_equal(b.allocs - a.allocs, 2);
    assert_int_equal(b.bytes - a.bytes, 300);
}

// ---------------------------------------------------------------- append growth

// Capacities after appending one element at a time, as Go 1.26 reports them
// for slices that escape: []int, []byte, []*int, []struct{a, b, c int}.
static void check_growth(int64_t elemsize, const GoType *elem, const int64_t *want, int nwant) {
    void *p = NULL;
    int64_t len = 0, cap = 0;
    int k = 0;
    for (int64_t i = 0; i < 3000; i++) {
        if (len == cap) {
            p = rt_growslice(p, len, cap, len + 1, elemsize, elem, &cap);
            assert_true(k < nwant);
            assert_int_equal(cap, want[k++]);
        }
        len++;
    }
    assert_int_equal(k, nwant);
}

static void test_growslice(void **state UNUSED) {
    static const int64_t ints[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408};
    static const int64_t bytes[] = {8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072};
    static const int64_t ptrs[] = {1, 2, 4, 8, 16, 32, 64, 143, 287, 607, 1023, 1535, 2303, 3071};
    static const int64_t t3[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3072};
    check_growth(8, NULL, ints, 15);
    check_growth(1, NULL, bytes, 11);
    check_growth(8, &t_ptr, ptrs, 14);
    check_growth(24, NULL, t3, 14);
    int64_t cap;
    int64_t *old = gc_alloc(3 * 8, NULL);
    old[0] = 1, old[1] = 2, old[2] = 3;
    int64_t *n = rt_growslice(old, 3, 3, 4, 8, NULL, &cap);
    assert_int_equal(cap, 6);
    assert_int_equal(n[2], 3);
    // append([]byte("hello"), 20 more bytes...): Go reports cap 32.
    rt_growslice(old, 5, 5, 25, 1, NULL, &cap);
    assert_int_equal(cap, 32);
}

int main(int argc UNUSED, char **argv UNUSED) {
    gc_init();
    gc_add_roots(&table);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_alloc_zeroed),
        cmocka_unit_test(test_zero_size),
        cmocka_unit_test(test_roundupsize),
        cmocka_unit_test(test_stack_root),
        cmocka_unit_test(test_global_root_precise),
        cmocka_unit_test(test_global_root_mask_excludes),
        cmocka_unit_test(test_global_root_conservative),
        cmocka_unit_test(test_heap_ptrmask),
        cmocka_unit_test(test_noscan_not_scanned),
        cmocka_unit_test(test_array_mask_repeats),
        cmocka_unit_test(test_interior_pointer),
        cmocka_unit_test(test_deep_list),
        cmocka_unit_test(test_cycle_reclaimed),
        cmocka_unit_test(test_string_slice),
        cmocka_unit_test(test_large_object),
        cmocka_unit_test(test_memory_returned),
        cmocka_unit_test(test_gogc_off),
        cmocka_unit_test(test_stats_counters),
        cmocka_unit_test(test_growslice),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
