// iface.c: interface method calls and run-time method-set tests.
//
// Every interface value is {type, data} (gosub_rt.h).  A call i.M(a)
// (CALL_METHOD) finds M's wrapper in the dynamic type's method table and
// calls it with the data word first.  Each call site keeps a small
// direct-mapped cache of ICACHE_SLOTS {type, fn} pairs indexed by bits of the
// type's address, so the runtime's lookup runs only when the site meets a new
// dynamic type (or two types collide).  The miss path stores fn before type;
// once goroutines run in parallel a slot needs one atomic 16-byte store:
//     %t = extractvalue { ptr, ptr } %i, 0        ; nil -> rt_panic_nil
//     %slot = getelementptr [8 x { ptr, ptr }], ptr @.icache, i64 0, i64 %h
//     %ct = load ptr, ptr %slot                    ; { type, fn }
//     %hit = icmp eq ptr %t, %ct
//     br i1 %hit, label %icall.hit, label %icall.miss
//   icall.miss:
//     %f = call ptr @rt_ifacefn(ptr %t, ptr @.mname)   ; and refill the cache
//   icall.done:
//     %fn = phi ptr [...]
//     %r = call i64 %fn(ptr %data, i64 %a)
// Assertions and type switches to a non-empty interface type ask
// rt_implements, which compares method names and signature descriptors.
#include <string.h>

#include "cg.h"

// Entries of a call site's cache: a power of two.  A site rarely meets more
// dynamic types than this; descriptors are 96-byte globals, so address bits
// from 5 up tell them apart.
enum { ICACHE_SLOTS = 8 };

// The wrapper of method name for dynamic type tw (checked non-nil here).
LLVMValueRef cg_iface_fn(Cg *cg, LLVMValueRef tw, const char *name) {
    cg_nil_check(cg, tw);
    LLVMTypeRef ct_fields[] = {cg->t_ptr, cg->t_ptr};
    LLVMTypeRef ct = LLVMStructTypeInContext(cg->ctx, ct_fields, 2, 0);
    LLVMTypeRef at = LLVMArrayType2(ct, ICACHE_SLOTS);
    LLVMValueRef cache = LLVMAddGlobal(cg->mod, at, ".icache");
    LLVMSetInitializer(cache, LLVMConstNull(at));
    LLVMSetLinkage(cache, LLVMPrivateLinkage);
    LLVMValueRef ti = LLVMBuildPtrToInt(cg->b, tw, cg->t_i64, "");
    LLVMValueRef h = LLVMBuildXor(cg->b, LLVMBuildLShr(cg->b, ti, cg_i64(cg, 5), ""),
                                  LLVMBuildLShr(cg->b, ti, cg_i64(cg, 8), ""), "");
    h = LLVMBuildAnd(cg->b, h, cg_i64(cg, ICACHE_SLOTS - 1), "slot");
    LLVMValueRef idx[] = {cg_i64(cg, 0), h};
    LLVMValueRef slot = LLVMBuildGEP2(cg->b, at, cache, idx, 2, "");
    LLVMValueRef ctp = LLVMBuildStructGEP2(cg->b, ct, slot, 0, "");
    LLVMValueRef cfp = LLVMBuildStructGEP2(cg->b, ct, slot, 1, "");
    LLVMValueRef cached_t = LLVMBuildLoad2(cg->b, cg->t_ptr, ctp, "ctype");
    LLVMValueRef hit = LLVMBuildICmp(cg->b, LLVMIntEQ, cached_t, tw, "hit");
    LLVMBasicBlockRef hitbb = cg_block(cg, "icall.hit");
    LLVMBasicBlockRef miss = cg_block(cg, "icall.miss");
    LLVMBasicBlockRef done = cg_block(cg, "icall.done");
    LLVMBuildCondBr(cg->b, hit, hitbb, miss);
    cg_set_block(cg, hitbb);
    LLVMValueRef f1 = LLVMBuildLoad2(cg->b, cg->t_ptr, cfp, "cfn");
    LLVMBuildBr(cg->b, done);
    cg_set_block(cg, miss);
    LLVMValueRef args[] = {tw, cg_cstring(cg, name, (int64_t)strlen(name) + 1, ".mname")};
    LLVMValueRef f2 = cg_rt_call(cg, "rt_ifacefn", args, 2, "fn");
    LLVMBuildStore(cg->b, f2, cfp);
    LLVMBuildStore(cg->b, tw, ctp);
    LLVMBasicBlockRef miss_end = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, done);
    cg_set_block(cg, done);
    LLVMValueRef phi = LLVMBuildPhi(cg->b, cg->t_ptr, "ifn");
    LLVMValueRef vals[] = {f1, f2};
    LLVMBasicBlockRef bbs[] = {hitbb, miss_end};
    LLVMAddIncoming(phi, vals, bbs, 2);
    return phi;
}

// i.M(args): CALL_METHOD (frontend.h, CallKind).
LLVMValueRef cg_iface_call(Cg *cg, Expr *e) {
    Expr *sel = cg_unparen(e->fn);
    LLVMValueRef iv = cg_expr(cg, sel->x);
    LLVMValueRef tw = LLVMBuildExtractValue(cg->b, iv, 0, "itype");
    LLVMValueRef args[66];
    args[0] = LLVMBuildExtractValue(cg->b, iv, 1, "data");
    int n = cg_call_args(cg, e, args, 1) + 1;
    LLVMValueRef fn = cg_iface_fn(cg, tw, sel->name);
    LLVMTypeRef ft = cg_func_type(cg, sel->type, true);
    if ((int)LLVMCountParamTypes(ft) != n)
        cg_fail(cg, e->pos, "interface call with %d arguments for %u parameters", n, LLVMCountParamTypes(ft));
    bool is_void = LLVMGetReturnType(ft) == cg->t_void;
    LLVMValueRef r = LLVMBuildCall2(cg->b, ft, fn, args, (unsigned)n, is_void ? "" : "icall");
    if (e->type && e->type->kind != TYPE_TUPLE && cg_is_big(e->type))
        return cg_big_from(cg, e->type, r);
    return r;
}

// Does the dynamic type tw implement interface type t?  (false for nil)
LLVMValueRef cg_iface_implements(Cg *cg, LLVMValueRef tw, Type *t) {
    if (type_under(t)->nmethods == 0)
        return LLVMBuildICmp(cg->b, LLVMIntNE, tw, LLVMConstNull(cg->t_ptr), "notnil");
    LLVMValueRef args[] = {tw, cg_typedesc(cg, t)};
    return cg_rt_call(cg, "rt_implements", args, 2, "implements");
}
