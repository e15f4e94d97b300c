// alloc.c: lowering allocation sites -- the one place Site.decision is read.
//
// Every allocation the program makes reaches here (frontend.h, "allocation
// sites").  The escape pass has decided each site:
//   SITE_STACK  an alloca of the constant size in the entry block (so that
//               mem2reg and the frame layout see it), zeroed by a memset at the
//               point of allocation each time that point executes: a variable
//               declared in a loop is fresh and zero in every iteration.
//               A stack site with a dynamic count gets a fixed buffer (gc keeps
//               variable-sized makes of at most 32 bytes on the stack) and
//               falls back to the heap when the count does not fit.
//   SITE_HEAP   call ptr @gc_alloc(i64 size, ptr elemtype), where elemtype is the
//               element type's descriptor, or null when it holds no pointers.
// Each alloca or gc_alloc call carries the decision's reason as metadata, so
// a reader of the .ll sees why it is there.  Example, `p := new(Point)` heap
// and stack:
//     %new = call ptr @gc_alloc(i64 16, ptr null), !gosub.escape !1
//     %new = alloca %Point, !gosub.escape !2 ; in entry  ...  memset(%new, 0, 16)
//     !1 = !{!"new(Point) escapes to heap"}
//     !2 = !{!"new(Point) does not escape"}
#include "cg.h"

#include <string.h>

// gc keeps variable-sized makes on the stack when they fit in 32 bytes (Go 1.25).
enum { STACK_DYNAMIC_BUF = 32 };

// An alloca in the entry block, before its first non-alloca instruction.
LLVMValueRef cg_entry_alloca(Cg *cg, LLVMTypeRef t, const char *name) {
    LLVMBuilderRef b = LLVMCreateBuilderInContext(cg->ctx);
    LLVMValueRef first = LLVMGetFirstInstruction(cg->entry_bb);
    while (first && LLVMGetInstructionOpcode(first) == LLVMAlloca)
        first = LLVMGetNextInstruction(first);
    if (first)
        LLVMPositionBuilderBefore(b, first);
    else
        LLVMPositionBuilderAtEnd(b, cg->entry_bb);
    LLVMValueRef a = LLVMBuildAlloca(b, t, name);
    LLVMDisposeBuilder(b);
    return a;
}

static const char *site_name(Site *s) {
    switch (s->kind) {
    case SITE_VAR: return s->var && s->var->name ? s->var->name : "var";
    case SITE_NEW: return "new";
    case SITE_ADDR_LIT: return "lit";
    case SITE_SLICE_LIT: return "slicelit";
    case SITE_MAKE_SLICE: return "make";
    case SITE_MAKE_MAP: return "makemap";
    case SITE_CLOSURE: return "closure";
    case SITE_BOX: return "box";
    case SITE_VARIADIC: return "varargs";
    case SITE_STR_BYTES: return "bytes";
    case SITE_BYTES_STR: return "str";
    case SITE_STR_RUNES: return "runes";
    case SITE_RUNES_STR: return "str";
    case SITE_CONCAT: return "concat";
    case SITE_APPEND: return "append";
    }
    return "alloc";
}

static LLVMValueRef heap_alloc(Cg *cg, LLVMValueRef size, LLVMValueRef desc, const char *name) {
    LLVMValueRef args[] = {size, desc};
    return cg_rt_call(cg, "gc_alloc", args, 2, name);
}

static LLVMValueRef stack_alloc(Cg *cg, LLVMTypeRef t, int64_t size, const char *name) {
    LLVMValueRef a = cg_entry_alloca(cg, t, name);
    LLVMSetAlignment(a, 8);
    cg_memzero(cg, a, cg_i64(cg, size));
    return a;
}

// A dynamic-count stack site: a fixed buffer when the bytes fit, else the heap.
static LLVMValueRef stack_dynamic(Cg *cg, LLVMValueRef bytes, LLVMValueRef desc, const char *name) {
    LLVMTypeRef buf_t = LLVMArrayType2(cg->t_i8, STACK_DYNAMIC_BUF);
    LLVMValueRef buf = cg_entry_alloca(cg, buf_t, arena_sprintf("%s.buf", name));
    LLVMSetAlignment(buf, 8);
    LLVMValueRef fits = LLVMBuildICmp(cg->b, LLVMIntULE, bytes, cg_i64(cg, STACK_DYNAMIC_BUF), "fits");
    LLVMBasicBlockRef on_stack = cg_block(cg, "alloc.stack");
    LLVMBasicBlockRef on_heap = cg_block(cg, "alloc.heap");
    LLVMBasicBlockRef done = cg_block(cg, "alloc.done");
    LLVMBuildCondBr(cg->b, fits, on_stack, on_heap);
    cg_set_block(cg, on_stack);
    cg_memzero(cg, buf, cg_i64(cg, STACK_DYNAMIC_BUF));
    LLVMBuildBr(cg->b, done);
    cg_set_block(cg, on_heap);
    LLVMValueRef h = heap_alloc(cg, bytes, desc, name);
    LLVMBasicBlockRef heap_end = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, done);
    cg_set_block(cg, done);
    LLVMValueRef phi = LLVMBuildPhi(cg->b, cg->t_ptr, name);
    LLVMValueRef vals[] = {buf, h};
    LLVMBasicBlockRef bbs[] = {on_stack, heap_end};
    LLVMAddIncoming(phi, vals, bbs, 2);
    return phi;
}

// Attaches !gosub.escape !{!"reason"} to the instruction that allocates.
static void tag_decision(Cg *cg, LLVMValueRef inst, Site *site) {
    if (!inst || !LLVMIsAInstruction(inst))
        return;
    const char *why = site->reason ? site->reason : "escape analysis did not decide";
    static const char kind_name[] = "gosub.escape";
    unsigned kind = LLVMGetMDKindIDInContext(cg->ctx, kind_name, sizeof kind_name - 1);
    LLVMMetadataRef text = LLVMMDStringInContext2(cg->ctx, why, strlen(why));
    LLVMMetadataRef node = LLVMMDNodeInContext2(cg->ctx, &text, 1);
    LLVMSetMetadata(inst, kind, LLVMMetadataAsValue(cg->ctx, node));
}

// Lowers one allocation of elem_t (size elem_size, descriptor desc) times
// count, by the site's decision.
static LLVMValueRef lower(Cg *cg, Site *site, LLVMTypeRef elem_t, int64_t elem_size,
                          LLVMValueRef desc, LLVMValueRef count, int64_t n) {
    const char *name = site_name(site);
    bool stack = site->decision == SITE_STACK && cg->entry_bb;
    LLVMValueRef mem;
    if (!count) {
        int64_t size = elem_size * n;
        if (stack)
            mem = stack_alloc(cg, n == 1 ? elem_t : LLVMArrayType2(elem_t, (uint64_t)n), size, name);
        else
            mem = heap_alloc(cg, cg_i64(cg, size), desc, name);
        tag_decision(cg, mem, site);
        return mem;
    }
    LLVMValueRef bytes = LLVMBuildMul(cg->b, count, cg_i64(cg, elem_size), "bytes");
    if (!stack) {
        mem = heap_alloc(cg, bytes, desc, name);
        tag_decision(cg, mem, site);
        return mem;
    }
    mem = stack_dynamic(cg, bytes, desc, name);
    // Both arms of the phi allocate: the stack buffer and the heap fallback.
    for (unsigned i = 0; i < LLVMCountIncoming(mem); i++)
        tag_decision(cg, LLVMGetIncomingValue(mem, i), site);
    return mem;
}

// The memory for site: site->type is the (element) type.
LLVMValueRef cg_alloc_site(Cg *cg, Site *site, LLVMValueRef count) {
    Type *t = site->type;
    if (!t)
        cg_fail(cg, site->pos, "allocation site without a type");
    // The escape pass may prove a make's size constant (gc's
    // rewriteWithLiterals): the site is then allocated at that fixed size.
    if (count && site->count_expr && site->count >= 0)
        count = NULL;
    LLVMTypeRef lt = cg_type(cg, t);
    return lower(cg, site, lt, t->size, cg_elemdesc(cg, t), count, site->count >= 0 ? site->count : 1);
}

// A closure environment, laid out by func.c.
LLVMValueRef cg_alloc_env(Cg *cg, Site *site, LLVMTypeRef env, LLVMValueRef desc) {
    return lower(cg, site, env, cg_sizeof(cg, env), desc, NULL, 1);
}
