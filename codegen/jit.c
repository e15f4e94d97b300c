// jit.c: the ORC LLJIT glue -- the program compiled into the gosub process.
//
//     ThreadSafeContext -> module (lowered as by cg_emit_program) -> C-ABI
//     wrappers -> verify -> LLVMRunPasses("default<On>") -> LLJIT (target
//     machine of the module, process symbols as fallback) -> lookups
//
// jit.h states the wrappers' calling convention.  The module is built in the
// thread-safe context's LLVMContext so that it can be handed to the JIT
// without copying; from then on ORC owns module and context, and the JIT owns
// the target machine.  Lowering reuses codegen's own functions (cg_program,
// cg_type, cg_typedesc), so JIT'd code is the code `gosub build` would link.
//
// Example: for  func Div(a, b int) (int, int)  the module gains
//     define void @"gosub.ffi.main.Div"(ptr %r0, ptr %r1, i64 %a0, i64 %a1) {
//       %r = call { i64, i64 } @main.Div(i64 %a0, i64 %a1)
//       ; extractvalue 0 -> store to %r0, extractvalue 1 -> store to %r1
//     @"gosub.ffi.types.main.Div" = constant [2 x ptr] [ptr @"type:int", ptr @"type:int"]
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>

#include "cg.h"
#include "jit.h"

struct CgJit {
    LLVMOrcLLJITRef jit;
};

// ---------------------------------------------------------------- which functions

int cg_jit_leaves(Type *t) {
    Type *u = type_under(t);
    switch (u->kind) {
    case TYPE_STRING: case TYPE_INTERFACE: return 2;
    case TYPE_SLICE: return 3;
    case TYPE_ARRAY: {
        int64_t n = u->len * cg_jit_leaves(u->elem);
        return n > CG_JIT_MAX_LEAVES ? CG_JIT_MAX_LEAVES + 1 : (int)n;
    }
    case TYPE_STRUCT: {
        int64_t n = 0;
        for (int i = 0; i < u->nfields && n <= CG_JIT_MAX_LEAVES; i++)
            n += cg_jit_leaves(u->fields[i].type);
        return (int)n;
    }
    default: return 1;
    }
}

bool cg_jit_wrapped(Func *f) {
    if (!f->obj || f->lit || !f->body || !f->decl || f->decl->recv || !f->sig)
        return false;
    if (strcmp(f->obj->name, "init") == 0)  // init cannot be referenced, and there may be several
        return false;
    Type *sig = type_under(f->sig);
    if (sig->nparams > 64)  // cg_func_type's own limit
        return false;
    int n = 0;
    for (int i = 0; i < sig->nparams; i++)
        n += cg_jit_leaves(sig->params[i]);
    return n <= CG_JIT_MAX_LEAVES;
}

const char *cg_jit_wrapper_name(Func *f) { return arena_sprintf("gosub.ffi.%s", f->name); }
const char *cg_jit_types_name(Func *f) { return arena_sprintf("gosub.ffi.types.%s", f->name); }

// ---------------------------------------------------------------- wrappers

// Appends the scalar leaves of the LLVM type t to out (i1 travels as i8).
static void flatten(Cg *cg, LLVMTypeRef t, LLVMTypeRef *out, unsigned *n) {
    switch (LLVMGetTypeKind(t)) {
    case LLVMStructTypeKind: {
        unsigned k = LLVMCountStructElementTypes(t);
        for (unsigned i = 0; i < k; i++)
            flatten(cg, LLVMStructGetTypeAtIndex(t, i), out, n);
        return;
    }
    case LLVMArrayTypeKind: {
        uint64_t k = LLVMGetArrayLength2(t);
        for (uint64_t i = 0; i < k; i++)
            flatten(cg, LLVMGetElementType(t), out, n);
        return;
    }
    default:
        out[(*n)++] = t == cg->t_i1 ? cg->t_i8 : t;
    }
}

// Rebuilds a value of type t from the wrapper's parameters, starting at *pi.
static LLVMValueRef rebuild(Cg *cg, LLVMTypeRef t, LLVMValueRef fn, unsigned *pi) {
    LLVMTypeKind k = LLVMGetTypeKind(t);
    if (k == LLVMStructTypeKind || k == LLVMArrayTypeKind) {
        bool is_struct = k == LLVMStructTypeKind;
        unsigned n = is_struct ? LLVMCountStructElementTypes(t) : (unsigned)LLVMGetArrayLength2(t);
        LLVMValueRef v = LLVMGetUndef(t);
        for (unsigned i = 0; i < n; i++) {
            LLVMTypeRef et = is_struct ? LLVMStructGetTypeAtIndex(t, i) : LLVMGetElementType(t);
            v = LLVMBuildInsertValue(cg->b, v, rebuild(cg, et, fn, pi), i, "");
        }
        return v;
    }
    LLVMValueRef p = LLVMGetParam(fn, (*pi)++);
    return t == cg->t_i1 ? LLVMBuildTrunc(cg->b, p, cg->t_i1, "") : p;
}

// The constant array of f's result descriptors.
static void gen_result_types(Cg *cg, Func *f, Type *sig) {
    int n = sig->nresults;
    LLVMValueRef *ds = arena_alloc(sizeof(LLVMValueRef) * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        ds[i] = cg_typedesc(cg, sig->results[i]);
    LLVMValueRef arr = LLVMConstArray2(cg->t_ptr, ds, (uint64_t)n);
    LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(arr), cg_jit_types_name(f));
    LLVMSetInitializer(g, arr);
    LLVMSetGlobalConstant(g, 1);
}

static void gen_wrapper(Cg *cg, Func *f) {
    Type *sig = type_under(f->sig);
    LLVMTypeRef ps[CG_JIT_MAX_LEAVES + 64];
    unsigned np = 0;
    for (int i = 0; i < sig->nresults; i++)
        ps[np++] = cg->t_ptr;
    for (int i = 0; i < sig->nparams; i++)
        flatten(cg, cg_type(cg, sig->params[i]), ps, &np);
    LLVMValueRef w = LLVMAddFunction(cg->mod, cg_jit_wrapper_name(f),
                                     LLVMFunctionType(cg->t_void, ps, np, 0));
    LLVMPositionBuilderAtEnd(cg->b, LLVMAppendBasicBlockInContext(cg->ctx, w, "entry"));
    LLVMValueRef args[64];
    unsigned pi = (unsigned)sig->nresults;
    for (int i = 0; i < sig->nparams; i++)
        args[i] = rebuild(cg, cg_type(cg, sig->params[i]), w, &pi);
    LLVMTypeRef ft = cg_func_type(cg, f->sig, false);
    LLVMValueRef r = LLVMBuildCall2(cg->b, ft, cg_func_decl(cg, f), args, (unsigned)sig->nparams,
                                    sig->nresults ? "r" : "");
    for (int i = 0; i < sig->nresults; i++) {
        LLVMValueRef v = sig->nresults == 1 ? r : LLVMBuildExtractValue(cg->b, r, (unsigned)i, "");
        LLVMBuildStore(cg->b, v, LLVMGetParam(w, (unsigned)i));
    }
    LLVMBuildRetVoid(cg->b);
    gen_result_types(cg, f, sig);
}

static void gen_wrappers(Cg *cg) {
    Program *p = cg->prog;
    for (int i = 0; i < p->funcs.len; i++) {
        Func *f = VEC_AT(p->funcs, i);
        // Only the package's own functions: those of the standard library
        // packages compiled with it are not called from outside.
        if (cg_jit_wrapped(f) && f->obj->pkg == p->main_pkg)
            gen_wrapper(cg, f);
    }
}

// ---------------------------------------------------------------- the module

// A main that does nothing, standing in for main.main in gosub_entry when
// only the package initialisation must run.
static Func *stub_main(void) {
    static Func f;
    f.name = "gosub.nomain";
    f.sig = type_func(NULL, 0, NULL, 0, false);
    return &f;
}

static void define_stub(Cg *cg, Func *stub) {
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, stub->name);
    if (!fn || LLVMCountBasicBlocks(fn) > 0)
        return;
    LLVMSetLinkage(fn, LLVMPrivateLinkage);
    LLVMPositionBuilderAtEnd(cg->b, LLVMAppendBasicBlockInContext(cg->ctx, fn, "entry"));
    LLVMBuildRetVoid(cg->b);
}

static bool verify_and_optimise(Cg *cg) {
    char *msg = NULL;
    if (LLVMVerifyModule(cg->mod, LLVMReturnStatusAction, &msg)) {
        cg->err = arena_sprintf("internal error: codegen produced invalid LLVM IR: %s", msg);
        LLVMDisposeMessage(msg);
        return false;
    }
    LLVMDisposeMessage(msg);
    char pipeline[32];
    int o = cg->opt->opt_level < 0 ? 0 : cg->opt->opt_level > 3 ? 3 : cg->opt->opt_level;
    snprintf(pipeline, sizeof pipeline, "default<O%d>", o);
    LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
    LLVMErrorRef e = LLVMRunPasses(cg->mod, pipeline, cg->tm, po);
    LLVMDisposePassBuilderOptions(po);
    if (e) {
        char *m = LLVMGetErrorMessage(e);
        cg->err = arena_sprintf("internal error: LLVM passes: %s", m);
        LLVMDisposeErrorMessage(m);
        return false;
    }
    return true;
}

// Lowers the program into cg->mod (in cg->ctx); for calls, with the wrappers.
static bool build_module(Cg *cg, bool for_calls) {
    Program *p = cg->prog;
    Func *saved_main = p->main_func;
    if (for_calls)
        p->main_func = stub_main();
    volatile bool ok = false;
    if (setjmp(cg->fail) == 0 && cg_target_init(cg)) {
        cg->b = LLVMCreateBuilderInContext(cg->ctx);
        cg_types_init(cg);
        cg_big_reset();
        cg_program(cg);
        if (for_calls) {
            define_stub(cg, p->main_func);
            gen_wrappers(cg);
        }
        ok = verify_and_optimise(cg);
    }
    p->main_func = saved_main;
    return ok;
}

// ---------------------------------------------------------------- the JIT

static char *take_error(LLVMErrorRef e) {
    char *m = LLVMGetErrorMessage(e);
    char *s = arena_sprintf("internal error: LLVM JIT: %s", m);
    LLVMDisposeErrorMessage(m);
    return s;
}

// An LLJIT that compiles with tm (which it takes over) and resolves what the
// module does not define in the gosub process.
static LLVMErrorRef create_jit(LLVMTargetMachineRef tm, LLVMOrcLLJITRef *out) {
    LLVMOrcLLJITBuilderRef b = LLVMOrcCreateLLJITBuilder();
    LLVMOrcLLJITBuilderSetJITTargetMachineBuilder(
        b, LLVMOrcJITTargetMachineBuilderCreateFromTargetMachine(tm));
    LLVMErrorRef e = LLVMOrcCreateLLJIT(out, b);
    if (e)
        return e;
    LLVMOrcDefinitionGeneratorRef gen;
    e = LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(
        &gen, LLVMOrcLLJITGetGlobalPrefix(*out), NULL, NULL);
    if (e)
        return e;
    LLVMOrcJITDylibAddGenerator(LLVMOrcLLJITGetMainJITDylib(*out), gen);
    return NULL;
}

static void dispose_cg(Cg *cg) {
    if (cg->b)
        LLVMDisposeBuilder(cg->b);
    if (cg->td)
        LLVMDisposeTargetData(cg->td);
    free(cg->ltypes);
    free(cg->descs);
    free(cg);
}

// Hands the built module to a new JIT; NULL with cg->err set on failure.
static CgJit *start_jit(Cg *cg, LLVMOrcThreadSafeContextRef tsc) {
    LLVMOrcLLJITRef jit = NULL;
    LLVMErrorRef e = create_jit(cg->tm, &jit);
    cg->tm = NULL;  // the JIT's target machine builder owns it now
    if (!e) {
        LLVMOrcThreadSafeModuleRef tsm = LLVMOrcCreateNewThreadSafeModule(cg->mod, tsc);
        cg->mod = NULL;  // and ORC the module
        e = LLVMOrcLLJITAddLLVMIRModule(jit, LLVMOrcLLJITGetMainJITDylib(jit), tsm);
    }
    if (e) {
        cg->err = take_error(e);
        if (jit)
            LLVMOrcDisposeLLJIT(jit);
        return NULL;
    }
    CgJit *j = calloc(1, sizeof *j);
    j->jit = jit;
    return j;
}

CgJit *cg_jit_compile(Program *prog, const CgOptions *opt, bool for_calls, char **err) {
    Cg *cg = calloc(1, sizeof *cg);
    cg->prog = prog;
    cg->opt = opt;
    LLVMOrcThreadSafeContextRef tsc = LLVMOrcCreateNewThreadSafeContext();
    cg->ctx = LLVMOrcThreadSafeContextGetContext(tsc);
    CgJit *j = build_module(cg, for_calls) ? start_jit(cg, tsc) : NULL;
    if (!j && err)
        *err = cg->err ? cg->err : "internal error: JIT compilation failed";
    if (cg->mod)
        LLVMDisposeModule(cg->mod);
    if (cg->tm)
        LLVMDisposeTargetMachine(cg->tm);
    LLVMOrcDisposeThreadSafeContext(tsc);
    dispose_cg(cg);
    return j;
}

void *cg_jit_lookup(CgJit *j, const char *name) {
    LLVMOrcExecutorAddress addr = 0;
    LLVMErrorRef e = LLVMOrcLLJITLookup(j->jit, &addr, name);
    if (e) {
        LLVMConsumeError(e);
        return NULL;
    }
    return (void *)(uintptr_t)addr;
}

void cg_jit_dispose(CgJit *j) {
    if (!j)
        return;
    LLVMErrorRef e = LLVMOrcDisposeLLJIT(j->jit);
    if (e)
        LLVMConsumeError(e);
    free(j);
}
