// entry.c: starting a compiled program, for both ways gosub runs one.
//
// An executable's main (main.c) and `gosub run -jit` (jit/, where the program
// was compiled into the gosub process and main.c is not linked) both call
// rt_run.  The order matters: the collector must know the stack base before
// anything allocates, the output streams and the fault handler must be ready
// before the program runs, and os.Args must exist before package
// initialisation.  rt_run never returns: it ends the process the way a Go
// program ends (flush, gcstats line, exit 0; os.Exit and panics exit earlier
// through rt_exit).
#include "runtime.h"

_Noreturn void rt_run(int argc, char **argv, void (*entry)(void), const GoRootTable *roots) {
    // This frame is the oldest one that can hold a Go pointer.
    gc_set_stack_base(__builtin_frame_address(0));
    gc_init();
    rt_out_init();
    rt_install_signals();
    gc_add_roots(roots);
    rt_set_args(argc, argv);
    entry();
    rt_exit(0);
}
