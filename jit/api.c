// api.c: the in-process JIT's C API (gosub_jit.h) and the runtime's start.
//
// A GosubJit is one compiled package: the checked Program (whose Types give
// every function's Go signature) and the CgJit holding its machine code.
//
// The runtime in the gosub process.  An executable starts through
// runtime/main.c; here the runtime is a library inside a running process, so
// jit_runtime_start does main's job once: the collector's stack base (the
// default, __libc_stack_end, covers every frame of the process, so a call
// from any depth is scanned), the output streams, and one root table that
// this file owns -- JIT'd modules come and go, and their globals' roots are
// copied into it at open and removed at close, beside the pins of argument
// and result buffers that live in C memory during a call.  `gosub run -jit`
// needs none of that: it hands the module's own gosub_roots to rt_run.
//
// A call: find the function, encode each argument into a pinned buffer in
// Go's layout (value.c), call its C-ABI wrapper through libffi (ffi.c),
// decode the results into C copies, unpin.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "jit.h"
#include "runtime.h"
#include "../codegen/jit.h"

struct GosubJit {
    Program *prog;
    CgJit *cg;
    const GoRootTable *roots;   // the module's gosub_roots
    bool initialised;           // package initialisation has run
};

// ---------------------------------------------------------------- errors

static char last_error[4096];

int jit_fail(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(last_error, sizeof last_error, fmt, ap);
    va_end(ap);
    return -1;
}

const char *gosub_jit_error(void) { return last_error; }

// ---------------------------------------------------------------- roots

static GoRoot *root_list;
static int64_t nroots, caproots;
static GoRootTable root_table;

static void root_push(GoRoot r) {
    if (nroots == caproots) {
        caproots = caproots ? 2 * caproots : 64;
        root_list = realloc(root_list, sizeof(GoRoot) * (size_t)caproots);
        if (!root_list)
            rt_fatal("out of memory");
    }
    root_list[nroots++] = r;
    root_table = (GoRootTable){nroots, root_list};
}

// Removes every root whose address lies in [lo, hi].
static void root_remove(const void *lo, const void *hi) {
    int64_t k = 0;
    for (int64_t i = 0; i < nroots; i++)
        if ((const char *)root_list[i].addr < (const char *)lo ||
            (const char *)root_list[i].addr > (const char *)hi)
            root_list[k++] = root_list[i];
    nroots = k;
    root_table = (GoRootTable){nroots, root_list};
}

void jit_pin(void *addr, int64_t size) { root_push((GoRoot){addr, size, NULL}); }
void jit_unpin(void *addr) { root_remove(addr, addr); }

static void add_module_roots(const GoRootTable *t) {
    for (int64_t i = 0; t && i < t->n; i++)
        root_push(t->roots[i]);
}

static void remove_module_roots(const GoRootTable *t) {
    for (int64_t i = 0; t && i < t->n; i++)
        root_remove(t->roots[i].addr, t->roots[i].addr);
}

void jit_runtime_start(int argc, char **argv) {
    static bool started;
    if (started)
        return;
    started = true;
    gc_init();
    rt_out_init();
    rt_install_signals();  // a nil dereference in JIT'd code panics as in Go
    gc_add_roots(&root_table);
    rt_set_args(argc, argv);
}

// ---------------------------------------------------------------- open and close

GosubJit *jit_open_program(Program *prog, const CgOptions *opt, bool for_calls) {
    char *err = NULL;
    CgJit *cg = cg_jit_compile(prog, opt, for_calls, &err);
    if (!cg) {
        jit_fail("%s", err ? err : "JIT compilation failed");
        return NULL;
    }
    GosubJit *j = calloc(1, sizeof *j);
    j->prog = prog;
    j->cg = cg;
    j->roots = cg_jit_lookup(cg, "gosub_roots");
    return j;
}

_Noreturn void jit_run_main(GosubJit *j, int argc, char **argv) {
    void (*entry)(void) = (void (*)(void))cg_jit_lookup(j->cg, "gosub_entry");
    if (!entry || !j->roots) {
        fprintf(stderr, "gosub: internal error: JIT'd module has no gosub_entry\n");
        exit(1);
    }
    rt_run(argc, argv, entry, j->roots);
}

_Noreturn void jit_exit(int code) { rt_exit(code); }

void jit_init_package(GosubJit *j) {
    if (j->initialised)
        return;
    j->initialised = true;
    static char *argv[] = {"gosub", NULL};
    jit_runtime_start(1, argv);
    add_module_roots(j->roots);
    void (*entry)(void) = (void (*)(void))cg_jit_lookup(j->cg, "gosub_entry");
    if (entry)
        entry();
}

// Parses and checks one package; diagnostics land in the error message.
static Program *check_files(const char *const *names, const char *const *texts, int n) {
    static char diags[sizeof last_error];
    diag_capture(diags, sizeof diags);
    diag_reset();
    types_init();
    pkg_reset();  // each package opened gets its own copy of the stdlib packages it imports
    File **files = arena_alloc(sizeof(File *) * (size_t)n);
    for (int i = 0; i < n; i++)
        files[i] = parse_file(diag_add_file(names[i], texts[i], strlen(texts[i])));
    Program *prog = diag_error_count() ? NULL : check_program(files, n);
    if (!prog || diag_error_count()) {
        jit_fail("%s", diags);
        return NULL;
    }
    EscOptions esc = {.enabled = true, .verbosity = 0};
    esc_analyze(prog, &esc);
    return prog;
}

static GosubJit *open_texts(const char *const *names, const char *const *texts, int n, int opt) {
    Program *prog = check_files(names, texts, n);
    CgOptions cg = {.opt_level = opt, .emit = EMIT_OBJECT};
    GosubJit *j = prog ? jit_open_program(prog, &cg, true) : NULL;
    if (j)
        jit_init_package(j);
    return j;
}

GosubJit *gosub_jit_open(const char *source) {
    const char *name = "jit.go";
    return open_texts(&name, &source, 1, 2);
}

static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = arena_alloc((size_t)(n > 0 ? n : 0) + 1);
    size_t got = n > 0 ? fread(buf, 1, (size_t)n, f) : 0;
    buf[got] = 0;
    fclose(f);
    return buf;
}

GosubJit *gosub_jit_open_files(const char *const *paths, int npaths, int opt_level) {
    const char **texts = arena_alloc(sizeof(char *) * (size_t)(npaths + 1));
    for (int i = 0; i < npaths; i++)
        if (!(texts[i] = slurp(paths[i]))) {
            jit_fail("cannot open %s", paths[i]);
            return NULL;
        }
    return open_texts(paths, texts, npaths, opt_level);
}

void gosub_jit_close(GosubJit *j) {
    if (!j)
        return;
    if (j->initialised)
        remove_module_roots(j->roots);
    cg_jit_dispose(j->cg);
    free(j);
}

// ---------------------------------------------------------------- calls

const char *jit_package_name(GosubJit *j) { return j->prog->main_pkg->name; }

// Functions of the opened package only: the standard library packages it
// imports are compiled into the same Program (strconv.Itoa, errors.Join).
Func *jit_find_func(GosubJit *j, const char *name) {
    for (int i = 0; i < j->prog->funcs.len; i++) {
        Func *f = VEC_AT(j->prog->funcs, i);
        if (f->obj && f->obj->pkg == j->prog->main_pkg && strcmp(f->obj->name, name) == 0 &&
            cg_jit_wrapped(f))
            return f;
    }
    return NULL;
}

int gosub_jit_result_count(GosubJit *j, const char *name) {
    Func *f = jit_find_func(j, name);
    return f ? type_under(f->sig)->nresults : -1;
}

// A zeroed, pinned buffer for one value of type t.
static void *value_buffer(Type *t) {
    size_t size = t->size > 0 ? (size_t)t->size : 1;
    void *p = aligned_alloc(16, (size + 15) & ~(size_t)15);
    memset(p, 0, size);
    jit_pin(p, (int64_t)size);
    return p;
}

static void free_buffers(void **bufs, int n) {
    for (int i = 0; i < n; i++)
        if (bufs[i]) {
            jit_unpin(bufs[i]);
            free(bufs[i]);
        }
}

// Encodes args into fresh pinned buffers in[i], one per parameter.
static int encode_args(Func *f, const GosubValue *args, void **in) {
    Type *sig = type_under(f->sig);
    for (int i = 0; i < sig->nparams; i++) {
        in[i] = value_buffer(sig->params[i]);
        char what[64];
        snprintf(what, sizeof what, "%s: argument %d", f->obj->name, i + 1);
        if (jit_encode(sig->params[i], &args[i], in[i], what))
            return -1;
    }
    return 0;
}

// Encodes args, calls f, leaves the results in fresh pinned buffers (*res).
static int call_raw(GosubJit *j, Func *f, const GosubValue *args, int nargs, void ***res) {
    Type *sig = type_under(f->sig);
    if (nargs != sig->nparams)
        return jit_fail("%s: %d argument%s given, the function takes %d", f->obj->name, nargs,
                        nargs == 1 ? "" : "s", sig->nparams);
    jit_init_package(j);
    void **in = calloc((size_t)sig->nparams + 1, sizeof(void *));
    void **out = calloc((size_t)sig->nresults + 1, sizeof(void *));
    int status = encode_args(f, args, in);
    for (int i = 0; i < sig->nresults; i++)
        out[i] = value_buffer(sig->results[i]);
    void *fn = status ? NULL : cg_jit_lookup(j->cg, cg_jit_wrapper_name(f));
    if (status == 0 && !fn)
        status = jit_fail("%s: no compiled code", f->obj->name);
    if (status == 0)
        status = jit_ffi_call(fn, f, in, out);
    free_buffers(in, sig->nparams);
    free(in);
    if (status) {
        free_buffers(out, sig->nresults);
        free(out);
        return -1;
    }
    *res = out;
    return 0;
}

int gosub_jit_call(GosubJit *j, const char *name, const GosubValue *args, int nargs,
                   GosubValue *results, int cap) {
    Func *f = jit_find_func(j, name);
    if (!f)
        return jit_fail("no callable function %s", name);
    Type *sig = type_under(f->sig);
    if (sig->nresults > cap)
        return jit_fail("%s returns %d results, room for %d", name, sig->nresults, cap);
    void **out;
    if (call_raw(j, f, args, nargs, &out))
        return -1;
    for (int i = 0; i < sig->nresults; i++)
        results[i] = jit_decode(sig->results[i], out[i]);
    free_buffers(out, sig->nresults);
    free(out);
    return sig->nresults;
}

// The interface holding result i as fmt.Println receives it.
static GoEface boxed(const GoType *t, Type *gt, void *mem) {
    if (type_under(gt)->kind == TYPE_INTERFACE)
        return *(GoEface *)mem;
    return (GoEface){t, rt_is_pointer_shaped(t) ? *(void **)mem : mem};
}

int gosub_jit_call_print(GosubJit *j, const char *call) {
    Func *f;
    GosubValue *args;
    if (jit_parse_call(j, call, &f, &args))
        return -1;
    Type *sig = type_under(f->sig);
    void **out;
    if (call_raw(j, f, args, sig->nparams, &out))
        return jit_fail("-call: %s", arena_strdup(last_error));
    const GoType **types = cg_jit_lookup(j->cg, cg_jit_types_name(f));
    if (sig->nresults > 0) {
        GoEface *e = calloc((size_t)sig->nresults, sizeof(GoEface));
        for (int i = 0; i < sig->nresults; i++)
            e[i] = boxed(types[i], sig->results[i], out[i]);
        rt_fmt_println(e, sig->nresults);
        free(e);
    }
    rt_flush();
    free_buffers(out, sig->nresults);
    free(out);
    return 0;
}
