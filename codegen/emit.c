// emit.c: the target machine, the pass pipeline, the output -- and
// cg_emit_program, the whole of codegen in order:
//
//     target machine -> module (data layout, triple) -> lower the program
//     -> verify -> LLVMRunPasses("default<On>") -> object / assembly / IR
//
// Both x86-64 and AArch64 are initialised, so -target works on any host.
// Internal errors anywhere in lowering longjmp back here (cg_fail) and become
// cg_emit_program's error message; a module that fails verification is an
// internal error too, reported with LLVM's explanation.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cg.h"

_Noreturn void cg_fail(Cg *cg, Pos pos, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (pos.file >= 0 && pos.line > 0)
        cg->err = arena_sprintf("%s: codegen: %s", diag_pos_string(pos), msg);
    else
        cg->err = arena_sprintf("codegen: %s", msg);
    longjmp(cg->fail, 1);
}

static void init_targets(void) {
    static bool done;
    if (done)
        return;
    done = true;
    LLVMInitializeX86TargetInfo();
    LLVMInitializeX86Target();
    LLVMInitializeX86TargetMC();
    LLVMInitializeX86AsmPrinter();
    LLVMInitializeAArch64TargetInfo();
    LLVMInitializeAArch64Target();
    LLVMInitializeAArch64TargetMC();
    LLVMInitializeAArch64AsmPrinter();
}

static LLVMCodeGenOptLevel cg_level(int o) {
    switch (o) {
    case 0: return LLVMCodeGenLevelNone;
    case 1: return LLVMCodeGenLevelLess;
    case 3: return LLVMCodeGenLevelAggressive;
    default: return LLVMCodeGenLevelDefault;
    }
}

// Creates the target machine and the module with its triple and data layout.
bool cg_target_init(Cg *cg) {
    init_targets();
    char *host = NULL;
    const char *triple = cg->opt->triple;
    if (!triple)
        triple = host = LLVMGetDefaultTargetTriple();
    LLVMTargetRef target;
    char *msg = NULL;
    if (LLVMGetTargetFromTriple(triple, &target, &msg)) {
        cg->err = arena_sprintf("unknown target %s: %s", triple, msg ? msg : "");
        LLVMDisposeMessage(msg);
        LLVMDisposeMessage(host);
        return false;
    }
    cg->tm = LLVMCreateTargetMachine(target, triple, "generic", "", cg_level(cg->opt->opt_level),
                                     LLVMRelocPIC, LLVMCodeModelDefault);
    cg->td = LLVMCreateTargetDataLayout(cg->tm);
    cg->mod = LLVMModuleCreateWithNameInContext("main", cg->ctx);
    LLVMSetTarget(cg->mod, triple);
    LLVMSetModuleDataLayout(cg->mod, cg->td);
    LLVMDisposeMessage(host);
    return true;
}

static bool run_passes(Cg *cg) {
    char pipeline[32];
    int o = cg->opt->opt_level < 0 ? 0 : cg->opt->opt_level > 3 ? 3 : cg->opt->opt_level;
    snprintf(pipeline, sizeof pipeline, "default<O%d>", o);
    LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
    LLVMErrorRef e = LLVMRunPasses(cg->mod, pipeline, cg->tm, po);
    LLVMDisposePassBuilderOptions(po);
    if (e) {
        char *m = LLVMGetErrorMessage(e);
        cg->err = arena_sprintf("LLVM passes: %s", m);
        LLVMDisposeErrorMessage(m);
        return false;
    }
    return true;
}

static bool write_stdout(Cg *cg, const char *data, size_t n) {
    if (fwrite(data, 1, n, stdout) != n || fflush(stdout) != 0) {
        cg->err = arena_sprintf("cannot write to standard output");
        return false;
    }
    return true;
}

static bool emit_ir(Cg *cg) {
    const char *out = cg->opt->out_path;
    if (out && strcmp(out, "-") != 0) {
        char *msg = NULL;
        if (LLVMPrintModuleToFile(cg->mod, out, &msg)) {
            cg->err = arena_sprintf("cannot write %s: %s", out, msg ? msg : "");
            LLVMDisposeMessage(msg);
            return false;
        }
        return true;
    }
    char *s = LLVMPrintModuleToString(cg->mod);
    bool ok = write_stdout(cg, s, strlen(s));
    LLVMDisposeMessage(s);
    return ok;
}

static bool emit_machine(Cg *cg, LLVMCodeGenFileType kind) {
    const char *out = cg->opt->out_path;
    char *msg = NULL;
    if (out && strcmp(out, "-") != 0) {
        if (LLVMTargetMachineEmitToFile(cg->tm, cg->mod, out, kind, &msg)) {
            cg->err = arena_sprintf("cannot write %s: %s", out, msg ? msg : "");
            LLVMDisposeMessage(msg);
            return false;
        }
        return true;
    }
    LLVMMemoryBufferRef buf;
    if (LLVMTargetMachineEmitToMemoryBuffer(cg->tm, cg->mod, kind, &msg, &buf)) {
        cg->err = arena_sprintf("LLVM: %s", msg ? msg : "");
        LLVMDisposeMessage(msg);
        return false;
    }
    bool ok = write_stdout(cg, LLVMGetBufferStart(buf), LLVMGetBufferSize(buf));
    LLVMDisposeMemoryBuffer(buf);
    return ok;
}

// Verifies, optimises and writes the module.
bool cg_emit_module(Cg *cg) {
    char *msg = NULL;
    if (cg->opt->escape_check)
        cg_escape_check(cg);
    if (LLVMVerifyModule(cg->mod, LLVMReturnStatusAction, &msg)) {
        cg->err = arena_sprintf("codegen produced invalid LLVM IR: %s", msg);
        LLVMDisposeMessage(msg);
        return false;
    }
    LLVMDisposeMessage(msg);
    if (!run_passes(cg))
        return false;
    switch (cg->opt->emit) {
    case EMIT_LLVM: return emit_ir(cg);
    case EMIT_ASM: return emit_machine(cg, LLVMAssemblyFile);
    default: return emit_machine(cg, LLVMObjectFile);
    }
}

static void dispose(Cg *cg) {
    if (cg->b)
        LLVMDisposeBuilder(cg->b);
    if (cg->mod)
        LLVMDisposeModule(cg->mod);
    if (cg->td)
        LLVMDisposeTargetData(cg->td);
    if (cg->tm)
        LLVMDisposeTargetMachine(cg->tm);
    LLVMContextDispose(cg->ctx);
    free(cg->ltypes);
    free(cg->descs);
}

bool cg_emit_program(Program *prog, const CgOptions *opt, char **err) {
    Cg *cg = calloc(1, sizeof *cg);
    cg->prog = prog;
    cg->opt = opt;
    cg->ctx = LLVMContextCreate();
    // Obj.cg caches a variable's LLVM global; os.Args is a universe object
    // shared by every compilation in the process (fuzz_compile, the JIT), so
    // its slot may still name a previous, disposed module.
    if (obj_os_args)
        obj_os_args->cg = NULL;
    volatile bool ok = false;
    if (setjmp(cg->fail) == 0 && cg_target_init(cg)) {
        cg->b = LLVMCreateBuilderInContext(cg->ctx);
        cg_types_init(cg);
        cg_big_reset();
        cg_program(cg);
        ok = cg_emit_module(cg);
    }
    if (!ok && err)
        *err = cg->err ? cg->err : "codegen failed";
    dispose(cg);
    free(cg);
    return ok;
}
