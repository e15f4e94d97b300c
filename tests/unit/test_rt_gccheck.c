// test_rt_gccheck.c: the collector's debugging modes catch what they claim to.
//
// GOSUBDEBUG=gccheck=1 verifies the heap around every collection and
// gcstress=1 collects at every allocation (runtime/gc.c).  Each test forks a
// child that sets GOSUBDEBUG before the collector initialises, breaks one
// invariant on purpose - writes into a freed object, stores a pointer to a
// freed object, copies the poison pattern into a pointer field - and
// collects; the parent checks that the child died with status 2 and
// "fatal error: gccheck: <what>" on stderr.  A control test runs a correct
// workload under both modes and must exit 0.
//
// Freeing an object while the test still knows its address needs a hidden
// pointer: the address is kept XOR-ed with HIDE in a global the collector
// does not scan, and builders run in noinline frames wiped before the
// collection (clear_stack), so no stale stack word keeps the object alive.
#include <setjmp.h>
#include <signal.h>
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
#define HIDE ((uintptr_t)0x5A5A5A5A5A5A5A5AULL)

typedef struct Node {
    struct Node *next;
    int64_t val;
} Node;

static const uint8_t mask_first[1] = {0x01};
static const GoType t_node = {16, GOKIND_STRUCT, 8, "main.Node", mask_first, 0, 0, 0, 0, 0, 0, 1};

// g[0] is a precise pointer root; hidden holds an XOR-ed address nobody scans.
static void *volatile g[1];
static const GoRoot roots[1] = {{(void *)&g[0], 8, mask_first}};
static const GoRootTable table = {1, roots};
static volatile uintptr_t hidden;

// Not instrumented by ASan (GOSUB_SANITIZE): its redzones around buf would
// keep the stale words under them, which is what this must wipe.
__attribute__((no_sanitize_address)) static NOINLINE void clear_stack(void) {
    char buf[1 << 16];
    memset(buf, 0, sizeof buf);
    __asm__ volatile("" : : "r"(buf) : "memory");
}

static NOINLINE void collect(void) {
    clear_stack();
    gc_collect();
}

// Allocates two 64-byte pointer-free objects: the first rooted in g[0] (so
// their chunk stays in use), the second remembered only hidden.
static NOINLINE void make_hidden_bytes(void) {
    g[0] = gc_alloc(64, NULL);
    uint8_t *p = gc_alloc(64, NULL);
    memset(p, 7, 64);
    hidden = (uintptr_t)p ^ HIDE;
}

// A 4 KiB object alone in its chunk, remembered only hidden.
static NOINLINE void make_hidden_lonely(void) {
    uint8_t *p = gc_alloc(4096, NULL);
    memset(p, 7, 4096);
    hidden = (uintptr_t)p ^ HIDE;
}

static NOINLINE void make_rooted_node_and_hidden_node(void) {
    Node *a = gc_alloc(sizeof(Node), &t_node);
    Node *b = gc_alloc(sizeof(Node), &t_node);
    a->val = 1;
    b->val = 2;
    g[0] = a;
    hidden = (uintptr_t)b ^ HIDE;
}

static NOINLINE void scenario_write_after_free(void) {
    make_hidden_bytes();
    collect();  // the object dies and is poisoned
    uint8_t *p = (uint8_t *)(hidden ^ HIDE);
    for (int i = 0; i < 64; i++)
        if (p[i] != 0xAB) _exit(10);  // not poisoned: the test fails on the status
    p[5] = 1;   // a use after free the next verification must see
    collect();
}

// The chunk of a lonely dead object is released and protected: reading the
// object faults (the child dies of SIGSEGV; the runtime's handler is not
// installed here).
static NOINLINE void scenario_released_chunk(void) {
    make_hidden_lonely();
    collect();
    volatile uint8_t *p = (uint8_t *)(hidden ^ HIDE);
    (void)p[100];
    _exit(13);  // not reached when the chunk is protected
}

static NOINLINE void scenario_dangling_pointer(void) {
    make_rooted_node_and_hidden_node();
    collect();  // b dies: nothing the collector sees points to it
    ((Node *)g[0])->next = (Node *)(hidden ^ HIDE);
    collect();  // the check before marking finds a->next pointing to a freed slot
}

static NOINLINE void scenario_poison_pointer(void) {
    make_rooted_node_and_hidden_node();
    collect();
    // What a program reading b->next after b was freed would copy around.
    Node *stale = (Node *)(hidden ^ HIDE);
    ((Node *)g[0])->next = stale->next;
    collect();
}

static NOINLINE void scenario_correct_workload(void) {
    Node *head = NULL;
    for (int i = 0; i < 3000; i++) {
        Node *n = gc_alloc(sizeof(Node), &t_node);
        n->val = i;
        if (i % 2 == 0) {  // keep the even ones, drop the odd ones
            n->next = head;
            head = n;
        }
        (void)gc_alloc(100, NULL);  // garbage of another class
    }
    g[0] = head;
    head = NULL;
    collect();
    int64_t sum = 0, count = 0;
    for (Node *n = g[0]; n; n = n->next) sum += n->val, count++;
    if (count != 1500 || sum != 1500 * 1499) _exit(11);
}

// Runs scenario in a child with GOSUBDEBUG=debug; returns its exit status and
// its stderr in err (NUL-terminated).
static int run_child(const char *debug, void (*scenario)(void), char *err, size_t errsize) {
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    fflush(stdout);  // or the child's exit prints cmocka's buffered lines again
    fflush(stderr);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        dup2(fds[1], 2);
        close(fds[0]);
        signal(SIGSEGV, SIG_DFL);  // cmocka's handler would carry on with the next test

        setenv("GOSUBDEBUG", debug, 1);
        gc_init();
        gc_add_roots(&table);
        scenario();
        _exit(0);
    }
    close(fds[1]);
    size_t n = 0;
    ssize_t r;
    while (n + 1 < errsize && (r = read(fds[0], err + n, errsize - 1 - n)) > 0) n += (size_t)r;
    err[n] = 0;
    close(fds[0]);
    int status;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void expect_gccheck_failure(const char *debug, void (*scenario)(void), const char *what) {
    char err[2048];
    int status = run_child(debug, scenario, err, sizeof err);
    if (status != 2 || !strstr(err, what)) fprintf(stderr, "status %d, stderr:\n%s\n", status, err);
    assert_int_equal(status, 2);
    assert_non_null(strstr(err, "fatal error: gccheck: "));
    assert_non_null(strstr(err, what));
}

static void test_write_after_free(void **state UNUSED) {
    expect_gccheck_failure("gccheck=1", scenario_write_after_free, "freed object written after free");
}

static void test_released_chunk_faults(void **state UNUSED) {
    char err[2048];
    int status = run_child("gccheck=1", scenario_released_chunk, err, sizeof err);
    if (status != 128 + 11) fprintf(stderr, "status %d, stderr:\n%s\n", status, err);
    assert_int_equal(status, 128 + 11);
}

static void test_dangling_pointer(void **state UNUSED) {
    expect_gccheck_failure("gccheck=1", scenario_dangling_pointer, "pointer to a freed object");
}

static void test_poison_pointer(void **state UNUSED) {
    expect_gccheck_failure("gccheck=1", scenario_poison_pointer, "pointer read from freed memory");
}

static void test_correct_workload_passes(void **state UNUSED) {
    const char *modes[] = {"gccheck=1", "gcstress=1", "gcstress=1,gccheck=1"};
    for (size_t i = 0; i < sizeof modes / sizeof *modes; i++) {
        char err[2048];
        int status = run_child(modes[i], scenario_correct_workload, err, sizeof err);
        if (status != 0) fprintf(stderr, "%s: status %d, stderr:\n%s\n", modes[i], status, err);
        assert_int_equal(status, 0);
    }
}

// gcstress collects before every allocation: the number of cycles is the
// number of allocations (gcstats counts both).
static NOINLINE void scenario_stress_counts(void) {
    for (int i = 0; i < 500; i++) (void)gc_alloc(24, NULL);
    GcStats s;
    gc_stats(&s);
    if (s.cycles != s.allocs) _exit(12);
}

static void test_stress_collects_every_allocation(void **state UNUSED) {
    char err[2048];
    assert_int_equal(run_child("gcstress=1", scenario_stress_counts, err, sizeof err), 0);
}

int main(int argc UNUSED, char **argv UNUSED) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_write_after_free),
        cmocka_unit_test(test_released_chunk_faults),
        cmocka_unit_test(test_dangling_pointer),
        cmocka_unit_test(test_poison_pointer),
        cmocka_unit_test(test_correct_workload_passes),
        cmocka_unit_test(test_stress_collects_every_allocation),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
