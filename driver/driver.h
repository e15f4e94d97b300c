// driver.h: what the gosub command's files share.
//
// main.c parses the command line and runs the pipeline (build, run);
// compare.c builds a program with escape analysis on and off and reports the
// difference.
#ifndef GOSUB_DRIVER_H
#define GOSUB_DRIVER_H

#include "codegen.h"
#include "escape.h"
#include "frontend.h"

typedef struct Options {
    const char *command;     // "build", "run" or "compare"
    Vec files;               // of const char *
    Vec run_args;            // of const char *: arguments for the program (run, compare)
    const char *out;         // -o
    int opt_level;           // -O0..-O3
    bool escape_on;          // -escape=off clears it
    bool escape_check;       // -escape-check: poison stack sites when their frame ends
    bool escape_unsound;     // -escape=unsound: every site on the stack (tests -escape-check)
    int escape_verbosity;    // -m: 1, -m=2: 2
    bool emit_llvm, emit_asm;
    const char *target;      // -target TRIPLE, NULL for the host
    bool compare_ir;         // compare -ir: diff the IR of functions whose code differs
    int runs;                // compare -runs N: runs of each executable (median reported)
    bool jit;                // run -jit: compile into memory and run in-process (jit.c)
    const char *call;        // run -jit -call 'Name(args)': call one function (implies -jit)
} Options;

// ---------------------------------------------------------------- main.c
_Noreturn void fatal(const char *fmt, const char *arg);
bool has_suffix(const char *s, const char *suffix);
// Runs argv to completion; returns its exit status (128+signal when killed).
int run_process(char **argv);
const char *self_dir(void);
// Reads, parses and checks the files; NULL after errors.
Program *frontend(const Options *o);

// ---------------------------------------------------------------- compare.c
int command_compare(const Options *o);

// ---------------------------------------------------------------- jit.c
// gosub run -jit [-call 'Name(args)']: returns a status or does not return.
int command_run_jit(const Options *o);

#endif
