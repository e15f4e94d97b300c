// rtcall.c: calls into the C runtime (gosub_rt.h) and LLVM intrinsics.
//
// Runtime functions are declared on first use from one table that spells each
// signature with one letter per type:  v void  b i1  w i32  i i64  d double
// f float  p ptr  s GoString {ptr, i64} (results only).  Only scalars cross into C (see
// gosub_rt.h), so this table is the whole ABI seen from codegen.  Functions
// whose names start with rt_panic (and rt_os_exit) are noreturn.
//
// A check such as an index bound lowers to a cold block:
//     %oob = icmp uge i64 %i, %len
//     br i1 %oob, label %panic, label %ok
//   panic:  call void @rt_panic_index(i64 %i, i64 %len)  unreachable
#include <string.h>

#include "cg.h"

typedef struct RtFunc {
    const char *name;
    const char *sig;  // result letter, ':' then parameter letters
} RtFunc;

static const RtFunc rt_funcs[] = {
    {"gc_alloc", "p:ip"},
    {"rt_panic_index", "v:ii"},
    {"rt_panic_slice", "v:iii"},
    {"rt_panic_nil", "v:"},
    {"rt_panic_divide", "v:"},
    {"rt_panic_shift", "v:"},
    {"rt_panic_assert", "v:ppp"},
    {"rt_panic_value", "v:pp"},
    {"rt_panic_make", "v:i"},
    {"rt_panic_convert", "v:ii"},
    {"rt_strcmp", "i:pipi"},
    {"rt_efaceeq", "b:pppp"},
    {"rt_ifacefn", "p:pp"},
    {"rt_implements", "b:pp"},
    {"rt_decoderune", "w:piip"},
    {"rt_encoderune", "i:pw"},
    {"rt_growslice", "p:piiiipp"},
    {"rt_print_bool", "v:b"},
    {"rt_print_int", "v:i"},
    {"rt_print_uint", "v:i"},
    {"rt_print_float", "v:d"},
    {"rt_print_complex", "v:dd"},
    {"rt_print_complex64", "v:ff"},
    {"rt_complex128div", "v:ddddp"},
    {"rt_print_string", "v:pi"},
    {"rt_print_pointer", "v:p"},
    {"rt_print_slice", "v:pii"},
    {"rt_print_eface", "v:pp"},
    {"rt_print_space", "v:"},
    {"rt_print_nl", "v:"},
    {"rt_fmt_print", "i:pi"},
    {"rt_fmt_println", "i:pi"},
    {"rt_fmt_printf", "i:pipi"},
    {"rt_fmt_sprint", "s:pi"},
    {"rt_fmt_sprintln", "s:pi"},
    {"rt_fmt_sprintf", "s:pipi"},
    {"rt_os_exit", "v:i"},
    {"rt_strconv_itoa", "s:i"},
    {"rt_strconv_atoi", "v:pipp"},
    {"memcmp", "w:ppi"},
};

static LLVMTypeRef letter_type(Cg *cg, char c) {
    switch (c) {
    case 'v': return cg->t_void;
    case 'b': return cg->t_i1;
    case 'w': return cg->t_i32;
    case 'i': return cg->t_i64;
    case 'd': return cg->t_f64;
    case 'f': return cg->t_f32;
    case 's': return cg->t_str;
    default: return cg->t_ptr;
    }
}

static LLVMTypeRef rt_type(Cg *cg, const char *sig) {
    LLVMTypeRef params[8];
    unsigned n = 0;
    for (const char *p = sig + 2; *p && n < 8; p++)
        params[n++] = letter_type(cg, *p);
    return LLVMFunctionType(letter_type(cg, sig[0]), params, n, 0);
}

static void mark_noreturn(Cg *cg, LLVMValueRef fn) {
    unsigned kind = LLVMGetEnumAttributeKindForName("noreturn", 8);
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                            LLVMCreateEnumAttribute(cg->ctx, kind, 0));
    kind = LLVMGetEnumAttributeKindForName("cold", 4);
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                            LLVMCreateEnumAttribute(cg->ctx, kind, 0));
}

// C's _Bool is passed and returned zero-extended to a byte (as clang declares it).
static void mark_bools(Cg *cg, LLVMValueRef fn, const char *sig) {
    unsigned kind = LLVMGetEnumAttributeKindForName("zeroext", 7);
    LLVMAttributeRef zext = LLVMCreateEnumAttribute(cg->ctx, kind, 0);
    if (sig[0] == 'b')
        LLVMAddAttributeAtIndex(fn, LLVMAttributeReturnIndex, zext);
    for (unsigned i = 0; sig[2 + i]; i++)
        if (sig[2 + i] == 'b')
            LLVMAddAttributeAtIndex(fn, i + 1, zext);
}

// gc_alloc returns fresh, non-null memory: LLVM may drop nil checks on it.
static void mark_allocator(Cg *cg, LLVMValueRef fn) {
    const char *attrs[] = {"noalias", "nonnull"};
    for (int i = 0; i < 2; i++) {
        unsigned kind = LLVMGetEnumAttributeKindForName(attrs[i], strlen(attrs[i]));
        LLVMAddAttributeAtIndex(fn, LLVMAttributeReturnIndex, LLVMCreateEnumAttribute(cg->ctx, kind, 0));
    }
}

LLVMValueRef cg_rt_call(Cg *cg, const char *name, LLVMValueRef *args, int nargs, const char *vname) {
    const RtFunc *rf = NULL;
    for (size_t i = 0; i < sizeof rt_funcs / sizeof rt_funcs[0]; i++)
        if (strcmp(rt_funcs[i].name, name) == 0)
            rf = &rt_funcs[i];
    if (!rf)
        cg_fail(cg, (Pos){-1, 0, 0}, "unknown runtime function %s", name);
    LLVMTypeRef ft = rt_type(cg, rf->sig);
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
    if (!fn) {
        fn = LLVMAddFunction(cg->mod, name, ft);
        mark_bools(cg, fn, rf->sig);
        if (strcmp(name, "gc_alloc") == 0)
            mark_allocator(cg, fn);
        if (strncmp(name, "rt_panic", 8) == 0 || strcmp(name, "rt_os_exit") == 0)
            mark_noreturn(cg, fn);
    }
    if (rf->sig[0] == 'v')
        vname = "";
    return LLVMBuildCall2(cg->b, ft, fn, args, (unsigned)nargs, vname ? vname : "");
}

// Calls the LLVM intrinsic (or any external function) name with the given type.
LLVMValueRef cg_intrinsic(Cg *cg, const char *name, LLVMTypeRef ret, LLVMTypeRef *params, int n,
                          LLVMValueRef *args, const char *vname) {
    LLVMTypeRef ft = LLVMFunctionType(ret, params, (unsigned)n, 0);
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
    if (!fn)
        fn = LLVMAddFunction(cg->mod, name, ft);
    return LLVMBuildCall2(cg->b, ft, fn, args, (unsigned)n, ret == cg->t_void ? "" : vname);
}

void cg_panic_if(Cg *cg, LLVMValueRef cond, const char *fn, LLVMValueRef *args, int nargs) {
    if (LLVMIsAConstantInt(cond) && LLVMConstIntGetZExtValue(cond) == 0)
        return;
    LLVMBasicBlockRef panic = cg_block(cg, "panic");
    LLVMBasicBlockRef ok = cg_block(cg, "ok");
    LLVMBuildCondBr(cg->b, cond, panic, ok);
    cg_set_block(cg, panic);
    cg_rt_call(cg, fn, args, nargs, NULL);
    LLVMBuildUnreachable(cg->b);
    cg_set_block(cg, ok);
}

void cg_nil_check(Cg *cg, LLVMValueRef p) {
    if (LLVMIsAGlobalValue(p) || LLVMIsAAllocaInst(p))
        return;
    LLVMValueRef isnil = LLVMBuildICmp(cg->b, LLVMIntEQ, p, LLVMConstNull(cg->t_ptr), "isnil");
    cg_panic_if(cg, isnil, "rt_panic_nil", NULL, 0);
}

void cg_memzero(Cg *cg, LLVMValueRef p, LLVMValueRef size) {
    LLVMBuildMemSet(cg->b, p, LLVMConstInt(cg->t_i8, 0, 0), size, 8);
}
