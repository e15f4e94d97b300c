// jit.c: `gosub run -jit` and `gosub run -jit -call 'Name(args)'`.
//
//     gosub run -jit [flags] file.go... [--] [args]        run main in this process
//     gosub run -jit -call 'F(1, "x")' [flags] file.go...  call F, print its results
//
// The pipeline is gosub_compile's up to escape analysis; then, instead of an
// object file and a link, the module is compiled into memory by ORC LLJIT
// (codegen/jit.c) and run in the gosub process, where the runtime is linked
// in (jit/api.c).  The program sees what its executable would see: os.Args
// (Args[0] is the first file's name without ".go"), the same output streams,
// the exit status of rt_exit, exit status 2 on panics.
//
// With -call only the package initialisation runs, not main.main (a package
// other than main can be called too); the named function is called through
// libffi and its results are printed as fmt.Println prints them.  A bad call
// (no such function, wrong argument count or types, an unparsable literal)
// prints "gosub: -call: ..." and exits with status 1.
#include <stdio.h>
#include <string.h>

#include "driver.h"
#include "../jit/jit.h"

static char **program_argv(const Options *o, int *argc) {
    const char *first = VEC_AT(o->files, 0);
    char **argv = arena_alloc(sizeof(char *) * (size_t)(o->run_args.len + 2));
    argv[0] = arena_strndup(first, strlen(first) - 3);  // drop ".go"
    for (int i = 0; i < o->run_args.len; i++)
        argv[i + 1] = VEC_AT(o->run_args, i);
    *argc = o->run_args.len + 1;
    return argv;
}

int command_run_jit(const Options *o) {
    if (o->target || o->emit_llvm || o->emit_asm)
        fatal("%s", "-jit runs the program in memory on the host: no -target, -emit-llvm or -S");
    Program *prog = frontend(o);
    if (!prog || diag_error_count())
        return 1;
    EscOptions esc = {.enabled = o->escape_on, .verbosity = o->escape_verbosity};
    esc_analyze(prog, &esc);
    if (o->escape_unsound)  // as gosub_compile: every site on the stack, for -escape-check tests
        for (int i = 0; i < prog->sites.len; i++)
            ((Site *)VEC_AT(prog->sites, i))->decision = SITE_STACK;
    if (!o->call && !prog->main_func)
        fatal("%s: not a main package: nothing to run (-call calls a function)",
              (const char *)VEC_AT(o->files, 0));
    CgOptions cg = {.opt_level = o->opt_level, .emit = EMIT_OBJECT, .escape_check = o->escape_check};
    GosubJit *j = jit_open_program(prog, &cg, o->call != NULL);
    if (!j) {
        fprintf(stderr, "gosub: %s\n", gosub_jit_error());
        return 1;
    }
    int argc;
    char **argv = program_argv(o, &argc);
    if (!o->call)
        jit_run_main(j, argc, argv);
    jit_runtime_start(argc, argv);
    if (gosub_jit_call_print(j, o->call) != 0) {
        fprintf(stderr, "gosub: %s\n", gosub_jit_error());
        gosub_jit_close(j);
        return 1;
    }
    jit_exit(0);
}
