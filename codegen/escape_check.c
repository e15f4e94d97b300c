// escape_check.c: -escape-check, the soundness check of escape analysis.
//
// A "does not escape" decision is only safe if no pointer to the object
// outlives the frame that holds it.  When the analysis is wrong, a program
// usually still works: the dead frame's bytes stay intact until a later call
// happens to reuse them, so the bug hides.  With -escape-check every stack
// allocation site's memory is overwritten with 0xAB bytes when its frame
// ends, so a wrong decision shows at once as a wrong result (0xABAB... is
// neither a plausible integer nor a valid pointer) or a fault.
//
// Model.  The pass runs over the finished module, before verification and
// optimisation.  Stack sites are the allocas alloc.c tagged with
// !gosub.escape (heap sites carry the same tag on their gc_alloc call; plain
// locals whose address is never taken are untagged and need nothing).  Before
// every `ret` of a function, each of its tagged allocas gets
//     call void @llvm.memset.p0.i64(ptr %site, i8 -85, i64 SIZE, i1 true)
// Volatile, because a store to an alloca right before a return is dead to
// LLVM and -O2 would delete it; the price is that those allocas are no longer
// promoted to registers, so -escape-check code is slower (it is a test mode).
// Frames left by a panic are not poisoned: they never return.
//
// Example: `func f() *int { x := 1; return &x }` with x wrongly on the stack
// returns a pointer to 8 bytes of 0xAB, and the caller prints
// -6076574518398440533 instead of 1.
#include "cg.h"

#include <string.h>

// The byte dead stack objects are filled with (the runtime poisons freed heap
// objects with the same one under GOSUBDEBUG=gccheck).
enum { ESCAPE_CHECK_POISON = 0xAB };

void cg_escape_check(Cg *cg);

static bool is_stack_site(LLVMValueRef inst, unsigned kind) {
    return LLVMIsAAllocaInst(inst) && LLVMGetMetadata(inst, kind) != NULL;
}

// Poisons every stack site of fn before each of its returns.
static void poison_function(Cg *cg, LLVMValueRef fn, unsigned kind, LLVMBuilderRef b) {
    LLVMBasicBlockRef entry = LLVMGetFirstBasicBlock(fn);
    if (!entry)
        return;  // a declaration
    Vec sites = {0};  // of LLVMValueRef
    // Sites are allocas, which codegen puts in the entry block only.
    for (LLVMValueRef i = LLVMGetFirstInstruction(entry); i; i = LLVMGetNextInstruction(i))
        if (is_stack_site(i, kind))
            vec_push(&sites, i);
    if (sites.len == 0)
        return;
    LLVMTypeRef types[] = {cg->t_ptr, cg->t_i64};
    unsigned id = LLVMLookupIntrinsicID("llvm.memset", strlen("llvm.memset"));
    LLVMValueRef memset_fn = LLVMGetIntrinsicDeclaration(cg->mod, id, types, 2);
    LLVMTypeRef memset_ty = LLVMIntrinsicGetType(cg->ctx, id, types, 2);
    for (LLVMBasicBlockRef bb = entry; bb; bb = LLVMGetNextBasicBlock(bb)) {
        LLVMValueRef term = LLVMGetBasicBlockTerminator(bb);
        if (!term || LLVMGetInstructionOpcode(term) != LLVMRet)
            continue;
        LLVMPositionBuilderBefore(b, term);
        for (int k = 0; k < sites.len; k++) {
            LLVMValueRef site = VEC_AT(sites, k);
            uint64_t size = LLVMABISizeOfType(cg->td, LLVMGetAllocatedType(site));
            LLVMValueRef args[] = {site, LLVMConstInt(cg->t_i8, ESCAPE_CHECK_POISON, false),
                                   LLVMConstInt(cg->t_i64, size, false), LLVMConstInt(cg->t_i1, 1, false)};
            LLVMBuildCall2(b, memset_ty, memset_fn, args, 4, "");
        }
    }
}

// Runs over the whole module; called by cg_emit_module before verification.
void cg_escape_check(Cg *cg) {
    static const char kind_name[] = "gosub.escape";
    unsigned kind = LLVMGetMDKindIDInContext(cg->ctx, kind_name, sizeof kind_name - 1);
    LLVMBuilderRef b = LLVMCreateBuilderInContext(cg->ctx);
    for (LLVMValueRef fn = LLVMGetFirstFunction(cg->mod); fn; fn = LLVMGetNextFunction(fn))
        poison_function(cg, fn, kind, b);
    LLVMDisposeBuilder(b);
}
