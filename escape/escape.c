// escape.c: deciding, for each allocation site, stack or heap.
//
// Milestone state: the walking skeleton sends every site to the heap, which
// is always sound: a heap allocation outlives any reference to it.  The
// analysis proper (gc's location graph with dereference-weighted edges,
// solved per strongly connected component of the call graph) replaces the
// body of esc_analyze without changing this interface: codegen already
// lowers each site through the one function that reads Site.decision.
#include "escape.h"

static void esc_send_all_to_heap(Program *prog, const char *reason) {
    for (int i = 0; i < prog->sites.len; i++) {
        Site *s = prog->sites.data[i];
        s->decision = SITE_HEAP;
        s->reason = reason;
    }
}

void esc_analyze(Program *prog, const EscOptions *opt) {
    esc_send_all_to_heap(prog, opt->enabled ? "escape analysis not implemented yet"
                                            : "escape analysis off");
}
