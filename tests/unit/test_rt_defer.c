// test_rt_defer.c: deferred calls, panics and recover in the runtime (defer.c,
// panic.c), driven through the ABI codegen uses (gosub_rt.h, "defer.c").
//
// Each "Go function" here is written as codegen lowers one: a GoDeferFrame,
// rt_defer_enter, _setjmp, records pushed with rt_defer_push, and an exit
// path calling rt_defer_return.  Thunks store their frame address in argp
// and the recovering helper passes its caller's, so these functions keep
// frame pointers (FRAMED).  Uncaught panics run in a child process whose
// stderr and exit status are checked.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "runtime.h"

#define FRAMED __attribute__((noinline, optimize("no-omit-frame-pointer", "no-optimize-sibling-calls")))

// A deferred call: the record, then what the thunk needs.
typedef struct Rec {
    GoDefer d;
    int tag;
} Rec;

static char log_buf[256];

static void logf_(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    size_t n = strlen(log_buf);
    vsnprintf(log_buf + n, sizeof log_buf - n, fmt, ap);
    va_end(ap);
}

static void thunk_log(GoDefer *d) {
    logf_("%d ", ((Rec *)d)->tag);
}

// ---------------------------------------------------------------- order

static FRAMED void three_defers(void) {
    GoDeferFrame f;
    rt_defer_enter(&f);
    static Rec r[3];
    for (int i = 0; i < 3; i++) {
        r[i] = (Rec){.d.fn = thunk_log, .tag = i + 1};
        rt_defer_push(&f, &r[i].d);
    }
    logf_("body ");
    rt_defer_return(&f);
}

static void test_lifo(void **state) {
    (void)state;
    log_buf[0] = 0;
    three_defers();
    assert_string_equal(log_buf, "body 3 2 1 ");
}

// ---------------------------------------------------------------- recover

static GoEface recovered;

// recover() as a deferred function's body compiles it (llvm.frameaddress(1)).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wframe-address"
static FRAMED void do_recover(void) {
    recovered = rt_gorecover(__builtin_frame_address(1));
}
#pragma GCC diagnostic pop

static FRAMED void thunk_recover(GoDefer *d) {
    d->argp = __builtin_frame_address(0);
    do_recover();
    __asm__ volatile("" ::: "memory");  // keep the call from becoming a tail call
}

// A helper that the deferred function calls: recover() there returns nil.
static FRAMED void thunk_recover_indirect(GoDefer *d) {
    d->argp = __builtin_frame_address(0);
    logf_("indirect ");
    __asm__ volatile("" ::: "memory");
}

// func guarded() (r int) { defer func() { recover(); ...}(); r = 1; index out of range }
static FRAMED int guarded(void) {
    GoDeferFrame f;
    volatile int r = 0;
    f.results = (void *)&r;
    rt_defer_enter(&f);
    if (_setjmp(*(jmp_buf *)f.jb)) {
        rt_defer_return(&f);
        return r + 100;
    }
    static Rec rec, logged;
    logged = (Rec){.d.fn = thunk_log, .tag = 7};
    rt_defer_push(&f, &logged.d);
    rec = (Rec){.d.fn = thunk_recover};
    rt_defer_push(&f, &rec.d);
    r = 1;
    rt_panic_index(5, 3);
}

static void test_recover_runtime_error(void **state) {
    (void)state;
    log_buf[0] = 0;
    recovered = (GoEface){0};
    assert_int_equal(guarded(), 101);  // the exit path ran with r as the body left it
    assert_string_equal(log_buf, "7 ");
    assert_ptr_equal(recovered.type, &rt_type_bounds_error);
    const GoMethod *m = rt_find_method(recovered.type, "Error");
    assert_non_null(m);
    GoString s = rt_call_string_method(m, recovered.data);
    assert_int_equal(s.len, (int64_t)strlen("runtime error: index out of range [5] with length 3"));
    assert_memory_equal(s.ptr, "runtime error: index out of range [5] with length 3", (size_t)s.len);
    // Nothing is panicking any more.
    assert_null(rt_gorecover(__builtin_frame_address(0)).type);
}

// ---------------------------------------------------------------- uncaught panics

static const uint8_t mask1[1] = {0x01};
static const GoType type_str = {16, GOKIND_STRING, 8, "string", mask1, 0, 0, 0, 0, 0, 0, 0};

static void thunk_repanic(GoDefer *d) {
    (void)d;
    static GoString second = {(const uint8_t *)"second", 6};
    rt_gopanic(&type_str, &second);
}

static FRAMED void panic_uncaught(void) {
    GoDeferFrame f;
    rt_defer_enter(&f);
    if (_setjmp(*(jmp_buf *)f.jb)) {
        rt_defer_return(&f);
        return;
    }
    static Rec second, indirect;
    indirect = (Rec){.d.fn = thunk_recover_indirect};
    rt_defer_push(&f, &indirect.d);
    second = (Rec){.d.fn = thunk_log, .tag = 2};
    rt_defer_push(&f, &second.d);
    rt_panic_divide();
}

// A deferred call panics again: both panics print, oldest first.
static FRAMED void panic_chain(void) {
    GoDeferFrame f;
    rt_defer_enter(&f);
    if (_setjmp(*(jmp_buf *)f.jb)) {
        rt_defer_return(&f);
        return;
    }
    static Rec again;
    again = (Rec){.d.fn = thunk_repanic};
    rt_defer_push(&f, &again.d);
    rt_panic_divide();
}

static void run_child(void (*fn)(void), char *err, size_t size, int *status) {
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        dup2(fds[1], 2);
        close(fds[0]);
        fn();
        rt_exit(0);
    }
    close(fds[1]);
    size_t n = 0;
    ssize_t r;
    while (n + 1 < size && (r = read(fds[0], err + n, size - 1 - n)) > 0) n += (size_t)r;
    err[n] = 0;
    close(fds[0]);
    waitpid(pid, status, 0);
}

static void test_uncaught(void **state) {
    (void)state;
    char err[512];
    int status;
    run_child(panic_uncaught, err, sizeof err, &status);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 2);
    assert_string_equal(err, "panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\n");
    run_child(panic_chain, err, sizeof err, &status);
    assert_int_equal(WEXITSTATUS(status), 2);
    assert_string_equal(err, "panic: runtime error: integer divide by zero\n\tpanic: second\n\n"
                             "goroutine 1 [running]:\n");
}

int main(int argc, char **argv) {
    (void)argc;
    (void)argv;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lifo),
        cmocka_unit_test(test_recover_runtime_error),
        cmocka_unit_test(test_uncaught),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
