// big.c: large aggregate values live in memory, not in SSA registers.
//
// LLVM handles first-class aggregates by splitting them into one scalar per
// element; for an array of 200000 bools that exhausts the code generator.  So
// a value of a "big" array or struct type (more than CG_BIG_BYTES) is
// represented by a pointer to a temporary holding it, registered here:
//     var a [100000]int; b := a
//   becomes
//     %a = alloca [100000 x i64]        ; memset 0 at the declaration
//     %tmp = alloca [100000 x i64]      ; the loaded value of a
//     call void @llvm.memcpy(ptr %tmp, ptr %a, i64 800000)
//     call void @llvm.memcpy(ptr %b, ptr %tmp, i64 800000)
// cg_load makes the temporary, cg_store copies from it (or memsets for a zero
// constant); field and element reads go through memory.  Only function
// parameters and results still pass such values as aggregates.
#include "cg.h"

// Aggregates above this size stay in memory (LLVM splits smaller ones well).
enum { CG_BIG_BYTES = 512 };
// Temporaries larger than this live on the heap (gc's limit for implicit stack objects).
enum { CG_STACK_TEMP_BYTES = 64 * 1024 };

typedef struct BigVal {
    LLVMValueRef ptr;
    LLVMTypeRef type;
} BigVal;

static BigVal *bigs;
static int nbigs, capbigs;

bool cg_is_big(Type *t) {
    Type *u = type_under(t);
    return (u->kind == TYPE_ARRAY || u->kind == TYPE_STRUCT) && u->size > CG_BIG_BYTES;
}

LLVMTypeRef cg_big_type(LLVMValueRef v) {
    for (int i = nbigs - 1; i >= 0; i--)
        if (bigs[i].ptr == v)
            return bigs[i].type;
    return NULL;
}

static void big_register(LLVMValueRef p, LLVMTypeRef t) {
    if (nbigs == capbigs) {
        int n = capbigs ? 2 * capbigs : 64;
        BigVal *nb = arena_alloc(sizeof(BigVal) * (size_t)n);
        for (int i = 0; i < nbigs; i++)
            nb[i] = bigs[i];
        bigs = nb, capbigs = n;
    }
    bigs[nbigs++] = (BigVal){p, t};
}

void cg_big_reset(void) { nbigs = 0; }

// A fresh temporary for a value of big type t, zeroed when zero is set.
// Temporaries beyond CG_STACK_TEMP_BYTES come from the collector: the C stack
// (8 MiB) cannot hold them as Go's growable stacks would.
LLVMValueRef cg_big_temp(Cg *cg, Type *t, bool zero) {
    LLVMTypeRef lt = cg_type(cg, t);
    if (t->size > CG_STACK_TEMP_BYTES) {
        LLVMValueRef args[] = {cg_i64(cg, t->size), cg_elemdesc(cg, t)};
        LLVMValueRef p = cg_rt_call(cg, "gc_alloc", args, 2, "tmp");
        big_register(p, lt);
        return p;
    }
    LLVMValueRef p = cg_entry_alloca(cg, lt, "tmp");
    LLVMSetAlignment(p, 8);
    if (zero)
        cg_memzero(cg, p, cg_i64(cg, t->size));
    big_register(p, lt);
    return p;
}

// The value of big type t at addr, copied into a temporary.
LLVMValueRef cg_big_load(Cg *cg, Type *t, LLVMValueRef addr) {
    LLVMValueRef p = cg_big_temp(cg, t, false);
    LLVMBuildMemCpy(cg->b, p, 8, addr, 1, cg_i64(cg, t->size));
    return p;
}

// An aggregate (a call's result, a parameter) moved into memory.
LLVMValueRef cg_big_from(Cg *cg, Type *t, LLVMValueRef agg) {
    LLVMValueRef p = cg_big_temp(cg, t, false);
    LLVMBuildStore(cg->b, agg, p);
    return p;
}

// A value as a first-class aggregate again (arguments and results).
LLVMValueRef cg_big_to_aggregate(Cg *cg, LLVMValueRef v) {
    LLVMTypeRef t = cg_big_type(v);
    return t ? LLVMBuildLoad2(cg->b, t, v, "") : v;
}

// Stores a big value or a zero constant without building an aggregate store;
// returns false when v is an ordinary value.
bool cg_big_store(Cg *cg, LLVMValueRef addr, LLVMValueRef v) {
    LLVMTypeRef t = cg_big_type(v);
    if (t) {
        LLVMBuildMemMove(cg->b, addr, 1, v, 8, cg_i64(cg, cg_sizeof(cg, t)));
        return true;
    }
    LLVMTypeRef vt = LLVMTypeOf(v);
    LLVMTypeKind k = LLVMGetTypeKind(vt);
    if ((k == LLVMArrayTypeKind || k == LLVMStructTypeKind) && LLVMIsNull(v) &&
        cg_sizeof(cg, vt) > CG_BIG_BYTES) {
        LLVMBuildMemSet(cg->b, addr, LLVMConstInt(cg->t_i8, 0, 0), cg_i64(cg, cg_sizeof(cg, vt)), 1);
        return true;
    }
    return false;
}

// Element i (a constant field index or a dynamic array index) of big value v.
LLVMValueRef cg_big_elem_addr(Cg *cg, Type *t, LLVMValueRef v, LLVMValueRef i) {
    Type *u = type_under(t);
    if (u->kind == TYPE_STRUCT)
        return LLVMBuildStructGEP2(cg->b, cg_type(cg, u), v, (unsigned)LLVMConstIntGetZExtValue(i), "");
    LLVMValueRef idx[] = {cg_i64(cg, 0), i};
    return LLVMBuildGEP2(cg->b, cg_type(cg, u), v, idx, 2, "");
}

// a == b for big arrays (a loop) and structs (field by field), through memory.
LLVMValueRef cg_big_equal(Cg *cg, Type *t, LLVMValueRef a, LLVMValueRef b) {
    Type *u = type_under(t);
    if (u->kind == TYPE_STRUCT) {
        LLVMValueRef r = LLVMConstInt(cg->t_i1, 1, 0);
        for (int i = 0; i < u->nfields; i++) {
            Type *ft = u->fields[i].type;
            LLVMValueRef idx = cg_i64(cg, i);
            LLVMValueRef x = cg_load(cg, ft, cg_big_elem_addr(cg, t, a, idx), "");
            LLVMValueRef y = cg_load(cg, ft, cg_big_elem_addr(cg, t, b, idx), "");
            r = LLVMBuildAnd(cg->b, r, cg_equal(cg, ft, x, y), "eq");
        }
        return r;
    }
    LLVMValueRef slot = cg_entry_alloca(cg, cg->t_i64, "eq.i");
    LLVMBuildStore(cg->b, cg_i64(cg, 0), slot);
    LLVMBasicBlockRef cond = cg_block(cg, "eq.cond"), body = cg_block(cg, "eq.body");
    LLVMBasicBlockRef end = cg_block(cg, "eq.end");
    LLVMBuildBr(cg->b, cond);
    cg_set_block(cg, cond);
    LLVMValueRef i = LLVMBuildLoad2(cg->b, cg->t_i64, slot, "i");
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, i, cg_i64(cg, u->len), ""), body, end);
    cg_set_block(cg, body);
    LLVMValueRef x = cg_load(cg, u->elem, cg_big_elem_addr(cg, t, a, i), "");
    LLVMValueRef y = cg_load(cg, u->elem, cg_big_elem_addr(cg, t, b, i), "");
    LLVMValueRef same = cg_equal(cg, u->elem, x, y);
    LLVMValueRef next = LLVMBuildSelect(cg->b, same, LLVMBuildAdd(cg->b, i, cg_i64(cg, 1), ""),
                                        cg_i64(cg, -1), "");
    LLVMBuildStore(cg->b, next, slot);
    LLVMBuildCondBr(cg->b, same, cond, end);
    cg_set_block(cg, end);
    // From cond with i == len (all equal), or from body with -1 (a difference).
    LLVMValueRef fin = LLVMBuildLoad2(cg->b, cg->t_i64, slot, "");
    return LLVMBuildICmp(cg->b, LLVMIntEQ, fin, cg_i64(cg, u->len), "eq");
}
