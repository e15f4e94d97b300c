// defer.c: deferred calls, panics and recover (the ABI is in gosub_rt.h).
//
// The model follows gc's runtime/panic.go (Go 1.26) with a chain of frames
// instead of stack unwinding tables:
//
//   top ──> frame of g ──prev──> frame of main ──prev──> NULL
//             defers: d2 -> d1      defers: d0
//
// A function with defer statements links its GoDeferFrame at entry
// (rt_defer_enter) and unlinks it on its exit path (rt_defer_return), after
// running its pending calls most recent first.  A panic (rt_gopanic) runs the
// pending calls of the top frame, unlinking frames as they run dry, on top of
// the panicking stack: nothing is unwound until a call recovers.  Then the
// panic longjmps to the frame whose call recovered; that function's exit path
// runs its remaining calls and returns its named results normally.
//
// Nested panics form a chain through link, newest first, as in gc.  A panic
// raised while a deferred call runs for an older panic links to it; when the
// newer one is recovered in frame F, every panic started below F (deeper on
// the stack: its record sits in an rt_gopanic C frame below F) is over and
// leaves the chain.  Uncaught, the chain prints oldest first (printpanics):
//
//     panic: first [recovered]
//         panic: second
//
// and a panic re-raised with the very value it recovered prints once, as
// "panic: v [recovered, repanicked]".
//
// recover() returns the current panic's value only when its caller is the
// function the panic's running thunk called directly: the thunk records its
// frame address in d->argp, and the recovering function passes the frame
// address of its caller (gc's argp check).
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include "runtime.h"

_Static_assert(sizeof(jmp_buf) <= sizeof(((GoDeferFrame *)0)->jb), "GO_JMPBUF_WORDS too small");

typedef struct Panic Panic;
struct Panic {
    GoEface v;          // the value
    Panic *link;        // the panic this one interrupted, or NULL
    GoDefer *running;   // the deferred call running for this panic, or NULL
    bool recovered;     // recover() returned v
    bool repanicked;    // the next newer panic re-raised v itself (for printing)
    GoString text;      // v's Error()/String() text, made before printing
    bool has_text;
};

static GoDeferFrame *top;  // the innermost frame with a GoDeferFrame
static Panic *panics;      // the current panic chain, newest first

void rt_defer_enter(GoDeferFrame *f) {
    f->prev = top;
    f->defers = NULL;
    top = f;
}

void rt_defer_push(GoDeferFrame *f, GoDefer *d) {
    d->next = f->defers;
    f->defers = d;
}

void rt_defer_return(GoDeferFrame *f) {
    for (GoDefer *d; (d = f->defers);) {
        f->defers = d->next;
        d->fn(d);
    }
    top = f->prev;
}

// ---------------------------------------------------------------- printing

// The text of a value with an Error or String method (gc's preprintpanics).
static void preprint(Panic *p) {
    for (; p; p = p->link) {
        if (p->link && p->link->v.type == p->v.type && p->link->v.data == p->v.data) {
            p->link->repanicked = true;
            continue;
        }
        if (!p->v.type) continue;
        const GoMethod *m = rt_find_method(p->v.type, "Error");
        if (!m) m = rt_find_method(p->v.type, "String");
        if (m) {
            p->text = rt_call_string_method(m, p->v.data);
            p->has_text = true;
        }
    }
}

static void err(const char *s) {
    rt_write(2, s, strlen(s));
}

static void print_panics(Panic *p) {
    if (p->link) {
        print_panics(p->link);
        if (p->link->repanicked) return;
        err("\t");
    }
    err("panic: ");
    if (p->has_text) rt_print_panic_text(p->text.ptr, p->text.len);
    else rt_print_panic_value(p->v.type, p->v.data);
    if (p->recovered && p->repanicked) err(" [recovered, repanicked]");
    else if (p->recovered) err(" [recovered]");
    err("\n");
}

static _Noreturn void fatal_panic(Panic *p) {
    static bool printing;  // an Error or String method panicked while preprinting
    if (printing) {
        rt_flush();
        err("panic: panic while printing panic value\n\ngoroutine 1 [running]:\n");
        rt_exit(2);
    }
    printing = true;
    preprint(p);
    rt_flush();
    print_panics(p);
    if (p->v.type == &rt_type_memory_error) rt_print_signal_line();
    err("\ngoroutine 1 [running]:\n");
    rt_exit(2);
}

// ---------------------------------------------------------------- panic and recover

_Noreturn void rt_gopanic(const GoType *type, void *data) {
    Panic p = {.v = {type, data}, .link = panics};
    if (!type) p.v = rt_panic_nil_error();
    panics = &p;
    for (;;) {
        GoDeferFrame *f = top;
        if (!f) fatal_panic(&p);
        GoDefer *d = f->defers;
        if (!d) {
            top = f->prev;
            continue;
        }
        f->defers = d->next;
        d->argp = NULL;
        p.running = d;
        d->fn(d);
        p.running = NULL;
        if (p.recovered) {
            // p and every panic begun deeper than f are over.
            Panic *q = panics;
            while (q && (uintptr_t)q < (uintptr_t)f) q = q->link;
            panics = q;
            top = f;
            _longjmp(*(jmp_buf *)f->jb, 1);
        }
    }
}

GoEface rt_gorecover(void *argp) {
    Panic *p = panics;
    if (!p || p->recovered || !p->running || !argp || p->running->argp != argp)
        return (GoEface){0, 0};
    p->recovered = true;
    return p->v;
}
