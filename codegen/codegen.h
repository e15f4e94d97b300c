// codegen.h: lowering the typed IR to LLVM, and LLVM to files.
//
// The only folder that includes LLVM's headers.  cg_emit_program turns a
// checked Program (frontend.h, "Typed IR invariants") into an LLVM module,
// verifies it, runs LLVM's new pass manager (default<O0..O3>) and writes an
// object file, assembly or textual IR for the chosen target.
//
// Every allocation site is lowered by cg_alloc_site (alloc.c), the one place
// that reads Site.decision: SITE_STACK becomes a zeroed alloca in the entry
// block, SITE_HEAP a call to gc_alloc(size, typeinfo).
#ifndef GOSUB_CODEGEN_H
#define GOSUB_CODEGEN_H

#include "frontend.h"

typedef enum EmitKind { EMIT_OBJECT, EMIT_ASM, EMIT_LLVM } EmitKind;

typedef struct CgOptions {
    int opt_level;          // 0..3
    const char *triple;     // NULL: the host ("x86_64-linux-gnu", "aarch64-linux-gnu")
    EmitKind emit;
    const char *out_path;   // where to write; "-" for stdout (EMIT_LLVM and EMIT_ASM only)
    bool escape_check;      // -escape-check: poison stack sites when their frame ends (escape_check.c)
} CgOptions;

// Generates code for prog and writes it to opt->out_path.  On failure returns
// false and sets *err to a message (an internal error: the IR was valid Go).
bool cg_emit_program(Program *prog, const CgOptions *opt, char **err);

#endif
