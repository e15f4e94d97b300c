// main.c: the process entry of every program gosub builds.
//
// The order matters: the collector must know the stack base before anything
// allocates, the output streams and the fault handler must be ready before
// the program runs, and os.Args must exist before package initialisation.
// This file is only linked when nothing else defines main (a static
// library member is pulled in by an undefined symbol), so the runtime's unit
// tests use the rest of the library with their own main and without
// gosub_roots or gosub_entry.
#include "runtime.h"

int main(int argc, char **argv) {
    // main's frame is the oldest one that can hold a Go pointer.
    gc_set_stack_base(__builtin_frame_address(0));
    gc_init();
    rt_out_init();
    rt_install_signals();
    gc_add_roots(&gosub_roots);
    rt_set_args(argc, argv);
    gosub_entry();
    rt_exit(0);
}
