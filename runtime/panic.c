// panic.c: the values runtime errors panic with, panic printing, fatal signals.
//
// Every runtime error starts a panic (defer.c, rt_gopanic) whose value is a
// runtime.Error as gc makes it (runtime/error.go, Go 1.26): a boundsError for
// index and slice bounds, an errorString for the other "runtime error: ..."
// failures, a plainError for "assignment to entry in nil map", a
// *TypeAssertionError for failed x.(T).  Each descriptor's Error method
// returns gc's text, so a recovered value prints as in Go.  Uncaught, defer.c
// prints the panic chain to stderr through the helpers here:
//
//     panic: <message>
//     [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]   (nil dereference only)
//
//     goroutine 1 [running]:
//
// and exits with status 2, as a Go program does.  panic(v) prints v as
// printpanicval does (errors through Error, Stringers through String,
// predeclared types plainly, defined basic types as main.T(v), anything else
// as "(main.T) 0xaddr"), newlines inside a printed string are followed by a
// tab.  Go follows the goroutine line with a stack trace; gosub stops there,
// so a test that compares stderr up to "goroutine 1 [running]:" sees the same
// bytes from both.  A fault the signal handler catches is not recoverable.
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

#include "runtime.h"

static void err(const char *s) {
    rt_write(2, s, strlen(s));
}

static void err_n(const uint8_t *p, int64_t n) {
    rt_write(2, p, (size_t)n);
}

// printindented: each "\n" is followed by a tab.
static void err_indented(const uint8_t *p, int64_t n) {
    int64_t start = 0;
    for (int64_t i = 0; i < n; i++) {
        if (p[i] != '\n') continue;
        err_n(p + start, i + 1 - start);
        err("\t");
        start = i + 1;
    }
    err_n(p + start, n - start);
}

static _Noreturn void die_after_message(void) {
    err("\ngoroutine 1 [running]:\n");
    rt_exit(2);
}

_Noreturn void rt_fatal(const char *msg) {
    rt_flush();
    err("fatal error: ");
    err(msg);
    err("\n");
    rt_exit(2);
}

void rt_print_panic_text(const uint8_t *p, int64_t n) {
    err_indented(p, n);
}

// ---------------------------------------------------------------- runtime error values
// gc's runtime.Error types, each holding its Error() text as one string
// field (boundsError, errorString and plainError are structs in gc; their
// Error methods build the same text).  %T and %v of a recovered value print
// as in Go; %#v shows the text instead of gc's fields.

static const uint8_t mask_word0[1] = {0x01};
static const GoType type_string = {16, GOKIND_STRING, 8, "string", mask_word0, 0, 0, 0, 0, 0, 0, 0};
static const GoField text_field[1] = {{"s", &type_string, 0, 0}};

static GoString text_error(void *data) {
    return *(GoString *)data;
}

static void runtime_error_method(void) {}

static const GoMethod error_methods[2] = {{"Error", (void *)text_error, NULL, 0},
                                          {"RuntimeError", (void *)runtime_error_method, NULL, 0}};

#define RUNTIME_ERROR_TYPE(var, name) \
    const GoType var = {16, GOKIND_STRUCT, 8, name, mask_word0, 0, 0, 1, text_field, 2, error_methods, 1}
RUNTIME_ERROR_TYPE(rt_type_bounds_error, "runtime.boundsError");
RUNTIME_ERROR_TYPE(rt_type_error_string, "runtime.errorString");
RUNTIME_ERROR_TYPE(rt_type_plain_error, "runtime.plainError");
// The nil dereference: an errorString in gc; its own descriptor marks it for
// the "[signal SIGSEGV ...]" line of an uncaught one.
RUNTIME_ERROR_TYPE(rt_type_memory_error, "runtime.errorString");
static const GoType type_assertion_error = {8, GOKIND_POINTER, 8, "*runtime.TypeAssertionError",
                                            mask_word0, 0, 0, 0, 0, 2, error_methods, 0};
static const GoType type_panic_nil_error = {8, GOKIND_POINTER, 8, "*runtime.PanicNilError",
                                            mask_word0, 0, 0, 0, 0, 2, error_methods, 0};

static GoString *new_text(const char *msg) {
    GoString *s = gc_alloc(sizeof(GoString), &type_string);
    *s = rt_make_string(msg, (int64_t)strlen(msg));
    return s;
}

static _Noreturn void panic_error(const GoType *t, const char *msg) {
    rt_gopanic(t, new_text(msg));
}

GoEface rt_panic_nil_error(void) {
    return (GoEface){&type_panic_nil_error, new_text("panic called with nil argument")};
}

// msg is gc's whole Error() text: "runtime error: ..." for an errorString,
// anything else (e.g. "assignment to entry in nil map") for a plainError.
_Noreturn void rt_panic_msg(const char *msg) {
    bool rt = strncmp(msg, "runtime error: ", 15) == 0;
    panic_error(rt ? &rt_type_error_string : &rt_type_plain_error, msg);
}

static _Noreturn void runtime_error(const char *msg) {
    char b[300];
    snprintf(b, sizeof b, "runtime error: %s", msg);
    panic_error(&rt_type_error_string, b);
}

static _Noreturn void bounds_error(const char *msg) {
    char b[300];
    snprintf(b, sizeof b, "runtime error: %s", msg);
    panic_error(&rt_type_bounds_error, b);
}

_Noreturn void rt_panic_index(int64_t index, int64_t len) {
    char b[120];
    if (index < 0) snprintf(b, sizeof b, "index out of range [%lld]", (long long)index);
    else snprintf(b, sizeof b, "index out of range [%lld] with length %lld", (long long)index, (long long)len);
    bounds_error(b);
}

// gc's boundsErrorFmt and boundsNegErrorFmt, indexed by which.
static const char *const slice_fmt[6] = {
    "slice bounds out of range [:%lld] with length %lld",
    "slice bounds out of range [:%lld] with capacity %lld",
    "slice bounds out of range [%lld:%lld]",
    "slice bounds out of range [::%lld] with capacity %lld",
    "slice bounds out of range [:%lld:%lld]",
    "slice bounds out of range [%lld:%lld:]",
};
static const char *const slice_neg_fmt[6] = {
    "slice bounds out of range [:%lld]",  "slice bounds out of range [:%lld]",
    "slice bounds out of range [%lld:]",  "slice bounds out of range [::%lld]",
    "slice bounds out of range [:%lld:]", "slice bounds out of range [%lld::]",
};

_Noreturn void rt_panic_slice(int64_t which, int64_t a, int64_t b) {
    char m[160];
    if (which < 0 || which > 5) which = 2;
    if (a < 0) snprintf(m, sizeof m, slice_neg_fmt[which], (long long)a);
    else snprintf(m, sizeof m, slice_fmt[which], (long long)a, (long long)b);
    bounds_error(m);
}

static _Noreturn void nil_deref(uintptr_t addr, uintptr_t pc, int code) {
    char b[200];
    rt_flush();
    err("panic: runtime error: invalid memory address or nil pointer dereference\n");
    snprintf(b, sizeof b, "[signal SIGSEGV: segmentation violation code=0x%x addr=0x%llx pc=0x%llx]\n",
             code, (unsigned long long)addr, (unsigned long long)pc);
    err(b);
    die_after_message();
}

void rt_print_signal_line(void) {
    err("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
}

_Noreturn void rt_panic_nil(void) {
    panic_error(&rt_type_memory_error, "runtime error: invalid memory address or nil pointer dereference");
}

_Noreturn void rt_panic_divide(void) {
    runtime_error("integer divide by zero");
}

_Noreturn void rt_panic_shift(void) {
    runtime_error("negative shift amount");
}

_Noreturn void rt_panic_convert(int64_t len, int64_t n) {
    char b[160];
    snprintf(b, sizeof b, "cannot convert slice with length %lld to array or pointer to array with length %lld",
             (long long)len, (long long)n);
    runtime_error(b);
}

_Noreturn void rt_panic_make(int64_t which) {
    runtime_error(which == 0 ? "makeslice: len out of range" : "makeslice: cap out of range");
}

// ---------------------------------------------------------------- assertions

static const char *type_name(const GoType *t) {
    return t && t->name ? t->name : "nil";
}

// The first method of interface type want (sorted by name) that have lacks.
static const char *missing_method(const GoType *have, const GoType *want) {
    for (int64_t i = 0; i < want->nmethods; i++)
        if (!rt_find_method(have, want->methods[i].name)) return want->methods[i].name;
    return NULL;
}

_Noreturn void rt_panic_assert(const GoType *have, const GoType *want, const GoType *iface) {
    char b[600];
    const char *miss = NULL;
    if (!have && want->kind == GOKIND_INTERFACE)
        snprintf(b, sizeof b, "interface conversion: interface is nil, not %s", type_name(want));
    else if (have && want->kind == GOKIND_INTERFACE && (miss = missing_method(have, want)))
        snprintf(b, sizeof b, "interface conversion: %s is not %s: missing method %s",
                 type_name(have), type_name(want), miss);
    else
        snprintf(b, sizeof b, "interface conversion: %s is %s, not %s",
                 iface ? type_name(iface) : "interface", type_name(have), type_name(want));
    GoString *text = new_text(b);
    rt_gopanic(&type_assertion_error, text);
}

// ---------------------------------------------------------------- panic(v)

// Formats a basic value as print would; returns false for other kinds.
static bool basic_text(char *b, size_t n, const GoType *t, const void *d) {
    switch (t->kind) {
    case GOKIND_BOOL: snprintf(b, n, "%s", *(const bool *)d ? "true" : "false"); return true;
    case GOKIND_INT: case GOKIND_INT64: snprintf(b, n, "%lld", (long long)*(const int64_t *)d); return true;
    case GOKIND_INT8: snprintf(b, n, "%d", *(const int8_t *)d); return true;
    case GOKIND_INT16: snprintf(b, n, "%d", *(const int16_t *)d); return true;
    case GOKIND_INT32: snprintf(b, n, "%d", *(const int32_t *)d); return true;
    case GOKIND_UINT: case GOKIND_UINT64: case GOKIND_UINTPTR:
        snprintf(b, n, "%llu", (unsigned long long)*(const uint64_t *)d); return true;
    case GOKIND_UINT8: snprintf(b, n, "%u", *(const uint8_t *)d); return true;
    case GOKIND_UINT16: snprintf(b, n, "%u", *(const uint16_t *)d); return true;
    case GOKIND_UINT32: snprintf(b, n, "%u", *(const uint32_t *)d); return true;
    case GOKIND_FLOAT32: rt_format_float(b, *(const float *)d, 'g', -1, 32); return true;
    case GOKIND_FLOAT64: rt_format_float(b, *(const double *)d, 'g', -1, 64); return true;
    default: return false;
    }
}

static void err_complex(const GoType *t, const void *d) {
    int bits = t->kind == GOKIND_COMPLEX64 ? 32 : 64;
    double re = bits == 32 ? ((const float *)d)[0] : ((const double *)d)[0];
    double im = bits == 32 ? ((const float *)d)[1] : ((const double *)d)[1];
    char b[2 * RT_FLOATBUF];
    int n = rt_format_float(b, re, 'g', -1, bits);
    err("(");
    err(b);
    n = rt_format_float(b, im, 'g', -1, bits);
    if (b[0] != '+' && b[0] != '-') err("+");
    err(b);
    err("i)");
    (void)n;
}

// printpanicval for a value with no Error or String method.
static void err_panicval(const GoType *t, void *data) {
    bool predeclared = !t->name || !strchr(t->name, '.');
    char b[RT_FLOATBUF];
    if (t->kind == GOKIND_STRING) {
        const GoString *s = data;
        if (!predeclared) err(t->name), err("(\"");
        err_indented(s->ptr, s->len);
        if (!predeclared) err("\")");
    } else if (basic_text(b, sizeof b, t, data)) {
        if (!predeclared) err(t->name), err("(");
        err(b);
        if (!predeclared) err(")");
    } else if (t->kind == GOKIND_COMPLEX64 || t->kind == GOKIND_COMPLEX128) {
        if (!predeclared) err(t->name);
        err_complex(t, data);
    } else {
        snprintf(b, sizeof b, "(%s) 0x%llx", type_name(t), (unsigned long long)(uintptr_t)data);
        err(b);
    }
}

void rt_print_panic_value(const GoType *type, void *data) {
    err_panicval(type, data);
}

_Noreturn void rt_panic_value(const GoType *type, void *data) {
    rt_gopanic(type, data);
}

// ---------------------------------------------------------------- signals

static uintptr_t context_pc(void *uc) {
    ucontext_t *u = uc;
#if defined(__x86_64__)
    return (uintptr_t)u->uc_mcontext.gregs[REG_RIP];
#elif defined(__aarch64__)
    return (uintptr_t)u->uc_mcontext.pc;
#else
    (void)u;
    return 0;
#endif
}

static uintptr_t context_sp(void *uc) {
    ucontext_t *u = uc;
#if defined(__x86_64__)
    return (uintptr_t)u->uc_mcontext.gregs[REG_RSP];
#elif defined(__aarch64__)
    return (uintptr_t)u->uc_mcontext.sp;
#else
    (void)u;
    return 0;
#endif
}

// A fault this close below the stack pointer is the guard page of an
// exhausted stack; 64 KiB covers the largest frame probe compilers emit.
enum { STACK_FAULT_SLACK = 65536 };

static void on_fault(int sig, siginfo_t *si, void *uc) {
    uintptr_t addr = (uintptr_t)si->si_addr, pc = context_pc(uc), sp = context_sp(uc);
    if (sig == SIGSEGV && addr + STACK_FAULT_SLACK >= sp && addr < sp + STACK_FAULT_SLACK) {
        rt_flush();
        err("runtime: goroutine stack exceeds 1000000000-byte limit\n");
        rt_fatal("stack overflow");
    }
    // Go reports faults in the first page as nil dereferences.
    if (addr < 4096) nil_deref(addr, pc, si->si_code);
    char b[200];
    rt_flush();
    snprintf(b, sizeof b, "unexpected fault address 0x%llx\nfatal error: fault\n", (unsigned long long)addr);
    err(b);
    snprintf(b, sizeof b, "[signal %s code=0x%x addr=0x%llx pc=0x%llx]\n",
             sig == SIGBUS ? "SIGBUS: bus error" : "SIGSEGV: segmentation violation", si->si_code,
             (unsigned long long)addr, (unsigned long long)pc);
    err(b);
    die_after_message();
}

// The handler runs on its own stack so that a stack overflow can be reported.
static char alt_stack[65536];

void rt_install_signals(void) {
    stack_t ss = {.ss_sp = alt_stack, .ss_size = sizeof alt_stack, .ss_flags = 0};
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
}
