// main.c: the process entry of every program gosub builds.
//
// This file is only linked when nothing else defines main (a static
// library member is pulled in by an undefined symbol), so the runtime's unit
// tests use the rest of the library with their own main and without
// gosub_roots or gosub_entry.  The start-up sequence itself is rt_run
// (entry.c), shared with `gosub run -jit`.
#include "runtime.h"

int main(int argc, char **argv) {
    rt_run(argc, argv, gosub_entry, &gosub_roots);
}
