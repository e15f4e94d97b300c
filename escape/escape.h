// escape.h: the escape analysis's interface.
//
// esc_analyze reads the typed IR and sets Site.decision and Site.reason for
// every allocation site of the program.  With analysis off every site goes to
// the heap.  The model (gc's, cmd/compile/internal/escape) is described at the
// top of escape.c.
#ifndef GOSUB_ESCAPE_H
#define GOSUB_ESCAPE_H

#include "frontend.h"

typedef struct EscOptions {
    bool enabled;     // false: -escape=off, every site on the heap
    int verbosity;    // -m level: 0 none, 1 decisions, 2 decisions with their flows
} EscOptions;

void esc_analyze(Program *prog, const EscOptions *opt);

#endif
