// complex.c: complex64 and complex128 values (spec: Numeric types,
// Manipulating complex numbers).
//
// A complex value is an LLVM literal struct of its real and imaginary parts,
// { float, float } or { double, double }, laid out as gc lays it out (8 or 16
// bytes, aligned as one part).  Addition, subtraction, negation and
// multiplication are inline on the parts, with gc's plain formula
//     (a+bi)(c+di) = (ac - bd) + (ad + bc)i
// (no fused multiply-add, no NaN recovery: gc has neither).  Division calls
// rt_complex128div (runtime/complex.c), which applies C99's infinity rules as
// gc's runtime does; a complex64 quotient is computed in complex128 and
// rounded back.  Only doubles and a pointer cross into C, never the struct.
// == compares both parts (so NaN parts are unequal and -0 equals +0).
#include "cg.h"

// The float type of the parts of complex type t (after type_under).
static Type *part_type(Type *t) {
    return type_under(t)->kind == TYPE_COMPLEX64 ? type_float32 : type_float64;
}

LLVMTypeRef cg_complex_type(Cg *cg, Type *u) {
    LLVMTypeRef part = u->kind == TYPE_COMPLEX64 ? cg->t_f32 : cg->t_f64;
    LLVMTypeRef parts[] = {part, part};
    return LLVMStructTypeInContext(cg->ctx, parts, 2, 0);
}

// A complex constant: cval is CONST_COMPLEX after the checker (or an int or
// float converted to complex).  Constants have no negative zero.
LLVMValueRef cg_complex_const(Cg *cg, ConstVal *v, Type *t) {
    double re = v->kind == CONST_INT ? (double)v->i : (double)v->f;
    double im = v->kind == CONST_COMPLEX ? (double)v->fi : 0;
    LLVMTypeRef pt = cg_type(cg, part_type(t));
    LLVMValueRef parts[] = {LLVMConstReal(pt, re == 0 ? 0 : re), LLVMConstReal(pt, im == 0 ? 0 : im)};
    return LLVMConstStructInContext(cg->ctx, parts, 2, 0);
}

static LLVMValueRef re(Cg *cg, LLVMValueRef z) { return LLVMBuildExtractValue(cg->b, z, 0, "re"); }
static LLVMValueRef im(Cg *cg, LLVMValueRef z) { return LLVMBuildExtractValue(cg->b, z, 1, "im"); }

// complex(r, i) of two floats of one type.
LLVMValueRef cg_complex_make(Cg *cg, Type *t, LLVMValueRef r, LLVMValueRef i) {
    return cg_make_pair(cg, cg_type(cg, t), r, i);
}

LLVMValueRef cg_complex_part(Cg *cg, LLVMValueRef z, bool imag) {
    return imag ? im(cg, z) : re(cg, z);
}

LLVMValueRef cg_complex_neg(Cg *cg, Type *t, LLVMValueRef z) {
    return cg_complex_make(cg, t, LLVMBuildFNeg(cg->b, re(cg, z), "neg.re"),
                           LLVMBuildFNeg(cg->b, im(cg, z), "neg.im"));
}

static LLVMValueRef mul(Cg *cg, Type *t, LLVMValueRef x, LLVMValueRef y) {
    LLVMValueRef a = re(cg, x), b = im(cg, x), c = re(cg, y), d = im(cg, y);
    LLVMValueRef ac = LLVMBuildFMul(cg->b, a, c, ""), bd = LLVMBuildFMul(cg->b, b, d, "");
    LLVMValueRef ad = LLVMBuildFMul(cg->b, a, d, ""), bc = LLVMBuildFMul(cg->b, b, c, "");
    return cg_complex_make(cg, t, LLVMBuildFSub(cg->b, ac, bd, "mul.re"),
                           LLVMBuildFAdd(cg->b, ad, bc, "mul.im"));
}

static LLVMValueRef widen(Cg *cg, LLVMValueRef part) {
    if (LLVMTypeOf(part) == cg->t_f64)
        return part;
    return LLVMBuildFPExt(cg->b, part, cg->t_f64, "");
}

static LLVMValueRef narrow(Cg *cg, LLVMValueRef part, LLVMTypeRef to) {
    if (to == cg->t_f64)
        return part;
    return LLVMBuildFPTrunc(cg->b, part, to, "");
}

static LLVMValueRef quo(Cg *cg, Type *t, LLVMValueRef x, LLVMValueRef y) {
    LLVMTypeRef q_t = LLVMArrayType2(cg->t_f64, 2);
    LLVMValueRef q = cg_entry_alloca(cg, q_t, "quo");
    LLVMValueRef args[] = {widen(cg, re(cg, x)), widen(cg, im(cg, x)), widen(cg, re(cg, y)),
                           widen(cg, im(cg, y)), q};
    cg_rt_call(cg, "rt_complex128div", args, 5, NULL);
    LLVMValueRef v = LLVMBuildLoad2(cg->b, q_t, q, "");
    LLVMTypeRef pt = cg_type(cg, part_type(t));
    return cg_complex_make(cg, t, narrow(cg, LLVMBuildExtractValue(cg->b, v, 0, ""), pt),
                           narrow(cg, LLVMBuildExtractValue(cg->b, v, 1, ""), pt));
}

// x op y for operands of complex type t.
LLVMValueRef cg_complex_arith(Cg *cg, int op, Type *t, LLVMValueRef x, LLVMValueRef y) {
    switch (op) {
    case TOK_ADD:
        return cg_complex_make(cg, t, LLVMBuildFAdd(cg->b, re(cg, x), re(cg, y), "add.re"),
                               LLVMBuildFAdd(cg->b, im(cg, x), im(cg, y), "add.im"));
    case TOK_SUB:
        return cg_complex_make(cg, t, LLVMBuildFSub(cg->b, re(cg, x), re(cg, y), "sub.re"),
                               LLVMBuildFSub(cg->b, im(cg, x), im(cg, y), "sub.im"));
    case TOK_MUL: return mul(cg, t, x, y);
    case TOK_QUO: return quo(cg, t, x, y);
    default: cg_fail(cg, (Pos){-1, 0, 0}, "complex operator %s", tok_string(op));
    }
}

LLVMValueRef cg_complex_equal(Cg *cg, LLVMValueRef x, LLVMValueRef y) {
    LLVMValueRef r = LLVMBuildFCmp(cg->b, LLVMRealOEQ, re(cg, x), re(cg, y), "eq.re");
    LLVMValueRef i = LLVMBuildFCmp(cg->b, LLVMRealOEQ, im(cg, x), im(cg, y), "eq.im");
    return LLVMBuildAnd(cg->b, r, i, "eq");
}

// complex64(z) and complex128(z): each part converted.
LLVMValueRef cg_complex_convert(Cg *cg, LLVMValueRef z, Type *to) {
    LLVMTypeRef pt = cg_type(cg, part_type(to));
    LLVMValueRef r = re(cg, z), i = im(cg, z);
    if (LLVMTypeOf(r) == pt)
        return z;
    if (pt == cg->t_f64)
        return cg_complex_make(cg, to, widen(cg, r), widen(cg, i));
    return cg_complex_make(cg, to, narrow(cg, r, pt), narrow(cg, i, pt));
}

// print/println of a complex value: gc's "(1+2i)" (runtime/print.c).
void cg_complex_print(Cg *cg, Type *t, LLVMValueRef z) {
    bool c64 = type_under(t)->kind == TYPE_COMPLEX64;
    LLVMValueRef args[] = {re(cg, z), im(cg, z)};
    cg_rt_call(cg, c64 ? "rt_print_complex64" : "rt_print_complex", args, 2, NULL);
}

// The builtins complex, real and imag on non-constant operands.
LLVMValueRef cg_complex_builtin(Cg *cg, Expr *e) {
    LLVMValueRef x = cg_expr(cg, e->args.data[0]);
    if (e->builtin != BUILTIN_COMPLEX)
        return cg_complex_part(cg, x, e->builtin == BUILTIN_IMAG);
    LLVMValueRef y = cg_expr(cg, e->args.data[1]);  // after x: Go evaluates left to right
    return cg_complex_make(cg, e->type, x, y);
}
