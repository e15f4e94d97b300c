// ops.c: unary and binary operators with Go's semantics.
//
// Integer arithmetic wraps (no nsw/nuw flags).  x / 0 and x % 0 call
// rt_panic_divide; MinInt / -1 is MinInt and MinInt % -1 is 0, computed with a
// select so that LLVM never sees the overflowing sdiv:
//     %isneg1 = icmp eq i64 %y, -1
//     %safe = select i1 %isneg1, i64 1, i64 %y
//     %q = sdiv i64 %x, %safe
//     %neg = sub i64 0, %x
//     %quo = select i1 %isneg1, i64 %neg, i64 %q
// Shifts never reach LLVM with an out-of-range count (that is poison): a count
// >= the width gives 0 (or the sign fill for a signed >>), and a negative
// signed count calls rt_panic_shift.  && and || branch, joined by a phi.
// Complex values are in complex.c.
// Comparisons: ints by signedness, floats ordered (!= unordered), strings by
// length+memcmp or rt_strcmp, interfaces through rt_efaceeq, structs and
// arrays field by field.
#include "cg.h"

// ---------------------------------------------------------------- unary

static LLVMValueRef addr_of(Cg *cg, Expr *e) {
    Expr *x = cg_unparen(e->x);
    if (x->kind == EXPR_COMPOSITE) {
        if (!e->site)
            cg_fail(cg, e->pos, "&T{...} without an allocation site");
        LLVMValueRef v = cg_expr(cg, x);
        LLVMValueRef mem = cg_alloc_site(cg, e->site, NULL);
        cg_store(cg, mem, v);
        return mem;
    }
    if (!cg_has_addr(x))
        cg_fail(cg, e->pos, "address of a non-addressable expression");
    return cg_addr(cg, x);
}

LLVMValueRef cg_unary(Cg *cg, Expr *e) {
    Type *u = type_under(e->type);
    switch (e->op) {
    case TOK_ADD: return cg_expr(cg, e->x);
    case TOK_SUB: {
        LLVMValueRef x = cg_expr(cg, e->x);
        if (type_is_complex(u))
            return cg_complex_neg(cg, e->type, x);
        if (type_is_float(u))
            return LLVMBuildFNeg(cg->b, x, "neg");
        return LLVMBuildSub(cg->b, LLVMConstNull(LLVMTypeOf(x)), x, "neg");
    }
    case TOK_NOT: return LLVMBuildNot(cg->b, cg_expr(cg, e->x), "not");
    case TOK_XOR: return LLVMBuildNot(cg->b, cg_expr(cg, e->x), "compl");
    case TOK_AND: return addr_of(cg, e);
    default: cg_fail(cg, e->pos, "unary operator %s not supported", tok_string(e->op));
    }
}

// ---------------------------------------------------------------- arithmetic

static LLVMValueRef divide(Cg *cg, int op, bool is_unsigned, LLVMValueRef x, LLVMValueRef y) {
    LLVMTypeRef t = LLVMTypeOf(x);
    LLVMValueRef zero = LLVMConstNull(t);
    cg_panic_if(cg, LLVMBuildICmp(cg->b, LLVMIntEQ, y, zero, "divzero"), "rt_panic_divide", NULL, 0);
    if (is_unsigned)
        return op == TOK_QUO ? LLVMBuildUDiv(cg->b, x, y, "quo") : LLVMBuildURem(cg->b, x, y, "rem");
    LLVMValueRef m1 = LLVMConstAllOnes(t);
    LLVMValueRef isneg1 = LLVMBuildICmp(cg->b, LLVMIntEQ, y, m1, "isneg1");
    LLVMValueRef safe = LLVMBuildSelect(cg->b, isneg1, LLVMConstInt(t, 1, 0), y, "safe");
    if (op == TOK_QUO) {
        LLVMValueRef q = LLVMBuildSDiv(cg->b, x, safe, "q");
        LLVMValueRef neg = LLVMBuildSub(cg->b, zero, x, "negx");
        return LLVMBuildSelect(cg->b, isneg1, neg, q, "quo");
    }
    LLVMValueRef r = LLVMBuildSRem(cg->b, x, safe, "r");
    return LLVMBuildSelect(cg->b, isneg1, zero, r, "rem");
}

static LLVMValueRef float_arith(Cg *cg, int op, LLVMValueRef x, LLVMValueRef y, Expr *e) {
    switch (op) {
    case TOK_ADD: return LLVMBuildFAdd(cg->b, x, y, "add");
    case TOK_SUB: return LLVMBuildFSub(cg->b, x, y, "sub");
    case TOK_MUL: return LLVMBuildFMul(cg->b, x, y, "mul");
    case TOK_QUO: return LLVMBuildFDiv(cg->b, x, y, "quo");
    default: cg_fail(cg, e ? e->pos : (Pos){-1, 0, 0}, "float operator %s", tok_string(op));
    }
}

// x op y for operands of type t (op is the binary operator token).
LLVMValueRef cg_arith(Cg *cg, int op, Type *t, LLVMValueRef x, LLVMValueRef y, Expr *e) {
    Type *u = type_under(t);
    if (u->kind == TYPE_STRING && op == TOK_ADD)
        return cg_str_concat(cg, x, y, e ? e->site : NULL);
    if (type_is_float(u))
        return float_arith(cg, op, x, y, e);
    if (type_is_complex(u))
        return cg_complex_arith(cg, op, t, x, y);
    switch (op) {
    case TOK_ADD: return LLVMBuildAdd(cg->b, x, y, "add");
    case TOK_SUB: return LLVMBuildSub(cg->b, x, y, "sub");
    case TOK_MUL: return LLVMBuildMul(cg->b, x, y, "mul");
    case TOK_QUO:
    case TOK_REM: return divide(cg, op, type_is_unsigned(u), x, y);
    case TOK_AND: return LLVMBuildAnd(cg->b, x, y, "and");
    case TOK_OR: return LLVMBuildOr(cg->b, x, y, "or");
    case TOK_XOR: return LLVMBuildXor(cg->b, x, y, "xor");
    case TOK_AND_NOT: return LLVMBuildAnd(cg->b, x, LLVMBuildNot(cg->b, y, ""), "andnot");
    default: cg_fail(cg, e ? e->pos : (Pos){-1, 0, 0}, "operator %s not supported", tok_string(op));
    }
}

// x << c or x >> c; t is x's type, ct the count's.
LLVMValueRef cg_shift(Cg *cg, int op, Type *t, LLVMValueRef x, Type *ct, LLVMValueRef c) {
    bool csigned = !type_is_unsigned(type_under(ct));
    if (csigned) {
        LLVMValueRef neg = LLVMBuildICmp(cg->b, LLVMIntSLT, c, LLVMConstNull(LLVMTypeOf(c)), "negshift");
        cg_panic_if(cg, neg, "rt_panic_shift", NULL, 0);
    }
    LLVMTypeRef xt = LLVMTypeOf(x);
    unsigned w = LLVMGetIntTypeWidth(xt);
    LLVMValueRef c64 = LLVMGetIntTypeWidth(LLVMTypeOf(c)) < 64
                           ? LLVMBuildZExt(cg->b, c, cg->t_i64, "count")
                           : c;
    LLVMValueRef ok = LLVMBuildICmp(cg->b, LLVMIntULT, c64, cg_i64(cg, w), "inrange");
    bool arith = op == TOK_SHR && !type_is_unsigned(type_under(t));
    LLVMValueRef fill = arith ? cg_i64(cg, w - 1) : cg_i64(cg, 0);
    LLVMValueRef safe = LLVMBuildSelect(cg->b, ok, c64, fill, "");
    safe = w < 64 ? LLVMBuildTrunc(cg->b, safe, xt, "") : safe;
    if (arith)
        return LLVMBuildAShr(cg->b, x, safe, "shr");
    LLVMValueRef r = op == TOK_SHL ? LLVMBuildShl(cg->b, x, safe, "shl")
                                   : LLVMBuildLShr(cg->b, x, safe, "shr");
    return LLVMBuildSelect(cg->b, ok, r, LLVMConstNull(xt), op == TOK_SHL ? "shl" : "shr");
}

// ---------------------------------------------------------------- comparisons

static LLVMValueRef array_equal(Cg *cg, Type *u, LLVMValueRef a, LLVMValueRef b) {
    LLVMValueRef r = LLVMConstInt(cg->t_i1, 1, 0);
    if (u->len > 64) {
        LLVMValueRef pa = cg_spill(cg, a, "eq.a"), pb = cg_spill(cg, b, "eq.b");
        return cg_big_equal(cg, u, pa, pb);
    }
    for (int64_t i = 0; i < u->len; i++) {
        LLVMValueRef x = LLVMBuildExtractValue(cg->b, a, (unsigned)i, "");
        LLVMValueRef y = LLVMBuildExtractValue(cg->b, b, (unsigned)i, "");
        r = LLVMBuildAnd(cg->b, r, cg_equal(cg, u->elem, x, y), "eq");
    }
    return r;
}

static LLVMValueRef struct_equal(Cg *cg, Type *u, LLVMValueRef a, LLVMValueRef b) {
    LLVMValueRef r = LLVMConstInt(cg->t_i1, 1, 0);
    for (int i = 0; i < u->nfields; i++) {
        const char *n = u->fields[i].name;
        if (n && n[0] == '_' && n[1] == 0)
            continue;
        LLVMValueRef x = LLVMBuildExtractValue(cg->b, a, (unsigned)i, "");
        LLVMValueRef y = LLVMBuildExtractValue(cg->b, b, (unsigned)i, "");
        r = LLVMBuildAnd(cg->b, r, cg_equal(cg, u->fields[i].type, x, y), "eq");
    }
    return r;
}

static LLVMValueRef iface_equal(Cg *cg, LLVMValueRef a, LLVMValueRef b) {
    LLVMValueRef args[] = {
        LLVMBuildExtractValue(cg->b, a, 0, ""), LLVMBuildExtractValue(cg->b, a, 1, ""),
        LLVMBuildExtractValue(cg->b, b, 0, ""), LLVMBuildExtractValue(cg->b, b, 1, ""),
    };
    return cg_rt_call(cg, "rt_efaceeq", args, 4, "ifaceeq");
}

// a == b for values of type t.
LLVMValueRef cg_equal(Cg *cg, Type *t, LLVMValueRef a, LLVMValueRef b) {
    Type *u = type_under(t);
    if (cg_big_type(a) || cg_big_type(b) || cg_is_big(t)) {
        if (!cg_big_type(a))
            a = LLVMIsNull(a) ? cg_big_temp(cg, t, true) : cg_spill(cg, a, "eq.a");
        if (!cg_big_type(b))
            b = LLVMIsNull(b) ? cg_big_temp(cg, t, true) : cg_spill(cg, b, "eq.b");
        return cg_big_equal(cg, t, a, b);
    }
    if (type_is_float(u))
        return LLVMBuildFCmp(cg->b, LLVMRealOEQ, a, b, "eq");
    if (type_is_complex(u))
        return cg_complex_equal(cg, a, b);
    switch (u->kind) {
    case TYPE_STRING: return cg_str_equal(cg, a, b);
    case TYPE_INTERFACE: return iface_equal(cg, a, b);
    case TYPE_STRUCT: return struct_equal(cg, u, a, b);
    case TYPE_ARRAY: return array_equal(cg, u, a, b);
    case TYPE_SLICE:  // only against nil
        return LLVMBuildICmp(cg->b, LLVMIntEQ, LLVMBuildExtractValue(cg->b, a, 0, ""),
                             LLVMBuildExtractValue(cg->b, b, 0, ""), "eq");
    default: return LLVMBuildICmp(cg->b, LLVMIntEQ, a, b, "eq");
    }
}

static bool is_nil(Expr *e) {
    e = cg_unparen(e);
    return e->kind == EXPR_IDENT && e->obj && e->obj->kind == OBJ_NIL;
}

// x == nil for an interface: its type word is null.
static LLVMValueRef iface_nil_cmp(Cg *cg, int op, Expr *x) {
    LLVMValueRef tw = LLVMBuildExtractValue(cg->b, cg_expr(cg, x), 0, "itype");
    return LLVMBuildICmp(cg->b, op == TOK_EQL ? LLVMIntEQ : LLVMIntNE, tw,
                         LLVMConstNull(cg->t_ptr), op == TOK_EQL ? "isnil" : "notnil");
}

static LLVMIntPredicate int_pred(int op, bool is_unsigned) {
    switch (op) {
    case TOK_EQL: return LLVMIntEQ;
    case TOK_NEQ: return LLVMIntNE;
    case TOK_LSS: return is_unsigned ? LLVMIntULT : LLVMIntSLT;
    case TOK_LEQ: return is_unsigned ? LLVMIntULE : LLVMIntSLE;
    case TOK_GTR: return is_unsigned ? LLVMIntUGT : LLVMIntSGT;
    default: return is_unsigned ? LLVMIntUGE : LLVMIntSGE;
    }
}

static LLVMRealPredicate float_pred(int op) {
    switch (op) {
    case TOK_EQL: return LLVMRealOEQ;
    case TOK_NEQ: return LLVMRealUNE;
    case TOK_LSS: return LLVMRealOLT;
    case TOK_LEQ: return LLVMRealOLE;
    case TOK_GTR: return LLVMRealOGT;
    default: return LLVMRealOGE;
    }
}

static LLVMValueRef compare(Cg *cg, Expr *e) {
    Type *t = e->x->type;
    Type *u = type_under(t);
    if (u->kind == TYPE_INTERFACE && (is_nil(e->y) || is_nil(e->x)))
        return iface_nil_cmp(cg, e->op, is_nil(e->y) ? e->x : e->y);
    LLVMValueRef x = cg_expr(cg, e->x), y = cg_expr(cg, e->y);
    if (type_is_integer(u) || u->kind == TYPE_BOOL)
        return LLVMBuildICmp(cg->b, int_pred(e->op, type_is_unsigned(u)), x, y, "cmp");
    if (type_is_float(u))
        return LLVMBuildFCmp(cg->b, float_pred(e->op), x, y, "cmp");
    if (u->kind == TYPE_STRING && e->op != TOK_EQL && e->op != TOK_NEQ)
        return cg_str_compare(cg, e->op, x, y);
    LLVMValueRef eq = cg_equal(cg, t, x, y);
    return e->op == TOK_EQL ? eq : LLVMBuildNot(cg->b, eq, "ne");
}

// && and ||: the right operand runs only when the left does not decide.
static LLVMValueRef logical(Cg *cg, Expr *e) {
    bool is_and = e->op == TOK_LAND;
    LLVMValueRef x = cg_expr(cg, e->x);
    LLVMBasicBlockRef from = LLVMGetInsertBlock(cg->b);
    LLVMBasicBlockRef rhs = cg_block(cg, is_and ? "and.rhs" : "or.rhs");
    LLVMBasicBlockRef done = cg_block(cg, is_and ? "and.end" : "or.end");
    if (is_and)
        LLVMBuildCondBr(cg->b, x, rhs, done);
    else
        LLVMBuildCondBr(cg->b, x, done, rhs);
    cg_set_block(cg, rhs);
    LLVMValueRef y = cg_expr(cg, e->y);
    LLVMBasicBlockRef rhs_end = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, done);
    cg_set_block(cg, done);
    LLVMValueRef phi = LLVMBuildPhi(cg->b, cg->t_i1, is_and ? "and" : "or");
    LLVMValueRef vals[] = {LLVMConstInt(cg->t_i1, is_and ? 0 : 1, 0), y};
    LLVMBasicBlockRef bbs[] = {from, rhs_end};
    LLVMAddIncoming(phi, vals, bbs, 2);
    return phi;
}

LLVMValueRef cg_binary(Cg *cg, Expr *e) {
    switch (e->op) {
    case TOK_LAND:
    case TOK_LOR: return logical(cg, e);
    case TOK_EQL: case TOK_NEQ: case TOK_LSS: case TOK_LEQ: case TOK_GTR: case TOK_GEQ:
        return compare(cg, e);
    case TOK_SHL:
    case TOK_SHR: {
        LLVMValueRef x = cg_expr(cg, e->x);
        LLVMValueRef c = cg_expr(cg, e->y);
        return cg_shift(cg, e->op, e->type, x, e->y->type, c);
    }
    default: {
        LLVMValueRef x = cg_expr(cg, e->x);
        LLVMValueRef y = cg_expr(cg, e->y);
        return cg_arith(cg, e->op, e->type, x, y, e);
    }
    }
}
