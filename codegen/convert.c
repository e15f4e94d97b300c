// convert.c: conversions, interface boxing and type assertions.
//
// Numeric conversions follow the source's signedness (sext/zext/trunc,
// sitofp/uitofp); float -> int saturates (llvm.fptosi.sat / fptoui.sat) so
// that no conversion is poison.  String conversions allocate through their
// sites (strings.c).  Conversions between types of one underlying type are
// free: named types lower as their underlying type.
//
// An interface value is {ptr type, ptr data}.  Boxing a pointer-shaped value
// puts it in the data word; any other value is copied into memory from the
// conversion's SITE_BOX site:
//     %box = call ptr @gc_alloc(i64 8, ptr null)
//     store i64 %x, ptr %box
//     %iface = { ptr @"type:int", ptr %box }
// x.(T) compares the type word with T's descriptor (descriptors are unique).
#include "cg.h"

static const char *num_suffix(LLVMTypeRef t) {
    switch (LLVMGetTypeKind(t)) {
    case LLVMFloatTypeKind: return "f32";
    case LLVMDoubleTypeKind: return "f64";
    default:
        switch (LLVMGetIntTypeWidth(t)) {
        case 8: return "i8";
        case 16: return "i16";
        case 32: return "i32";
        default: return "i64";
        }
    }
}

LLVMValueRef cg_num_convert(Cg *cg, LLVMValueRef v, Type *from, Type *to) {
    Type *f = type_under(from), *t = type_under(to);
    LLVMTypeRef lt = cg_type(cg, t), lf = LLVMTypeOf(v);
    bool fsigned = !type_is_unsigned(f);
    if (type_is_integer(f) && type_is_integer(t)) {
        unsigned wf = LLVMGetIntTypeWidth(lf), wt = LLVMGetIntTypeWidth(lt);
        if (wf == wt)
            return v;
        if (wf > wt)
            return LLVMBuildTrunc(cg->b, v, lt, "conv");
        return fsigned ? LLVMBuildSExt(cg->b, v, lt, "conv") : LLVMBuildZExt(cg->b, v, lt, "conv");
    }
    if (type_is_integer(f) && type_is_float(t))
        return fsigned ? LLVMBuildSIToFP(cg->b, v, lt, "conv") : LLVMBuildUIToFP(cg->b, v, lt, "conv");
    if (type_is_float(f) && type_is_float(t)) {
        if (lf == lt)
            return v;
        return lt == cg->t_f64 ? LLVMBuildFPExt(cg->b, v, lt, "conv")
                               : LLVMBuildFPTrunc(cg->b, v, lt, "conv");
    }
    if (type_is_float(f) && type_is_integer(t)) {
        bool tsigned = !type_is_unsigned(t);
        const char *name = arena_sprintf("llvm.%s.sat.%s.%s", tsigned ? "fptosi" : "fptoui",
                                         num_suffix(lt), num_suffix(lf));
        return cg_intrinsic(cg, name, lt, &lf, 1, &v, "conv");
    }
    return v;
}

// ---------------------------------------------------------------- interfaces

LLVMValueRef cg_box(Cg *cg, Type *from, LLVMValueRef v, Site *site) {
    LLVMValueRef desc = cg_typedesc(cg, from);
    LLVMValueRef data;
    if (cg_pointer_shaped(from)) {
        data = v;
    } else {
        if (site) {
            data = cg_alloc_site(cg, site, NULL);
        } else {  // defensive: invariant 3 promises a site
            LLVMValueRef args[] = {cg_i64(cg, from->size), cg_elemdesc(cg, from)};
            data = cg_rt_call(cg, "gc_alloc", args, 2, "box");
        }
        cg_store(cg, data, v);
    }
    return cg_make_pair(cg, cg->t_iface, desc, data);
}

// A constant boxes into read-only static data, as gc does: nothing can
// write through an interface's data word, so no allocation is needed.
static LLVMValueRef box_const(Cg *cg, Type *from, LLVMValueRef v) {
    LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(v), ".const");
    LLVMSetInitializer(g, v);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetAlignment(g, 8);
    LLVMValueRef fields[] = {cg_typedesc(cg, from), g};
    return LLVMConstStructInContext(cg->ctx, fields, 2, 0);
}

// The value of type t held in interface value iv (whose type word matched).
static LLVMValueRef unbox(Cg *cg, Type *t, LLVMValueRef iv) {
    LLVMValueRef data = LLVMBuildExtractValue(cg->b, iv, 1, "data");
    if (cg_pointer_shaped(t))
        return data;
    return cg_load(cg, t, data, "unbox");
}

static LLVMValueRef assert_match(Cg *cg, Type *t, LLVMValueRef tw) {
    if (type_is_interface(t))
        return cg_iface_implements(cg, tw, t);  // iface.c
    return LLVMBuildICmp(cg->b, LLVMIntEQ, tw, cg_typedesc(cg, t), "match");
}

static LLVMValueRef assert_value(Cg *cg, Type *t, LLVMValueRef iv) {
    return type_is_interface(t) ? iv : unbox(cg, t, iv);
}

// The same for a big T: the value is built in a zeroed temporary.
static LLVMValueRef big_comma_ok(Cg *cg, Type *tuple, Type *t, LLVMValueRef iv, LLVMValueRef match) {
    LLVMValueRef tmp = cg_big_temp(cg, t, true);
    LLVMBasicBlockRef yes = cg_block(cg, "assert.ok");
    LLVMBasicBlockRef done = cg_block(cg, "assert.end");
    LLVMBuildCondBr(cg->b, match, yes, done);
    cg_set_block(cg, yes);
    LLVMValueRef data = LLVMBuildExtractValue(cg->b, iv, 1, "data");
    LLVMBuildMemCpy(cg->b, tmp, 8, data, 1, cg_i64(cg, t->size));
    LLVMBuildBr(cg->b, done);
    cg_set_block(cg, done);
    LLVMValueRef agg = LLVMBuildLoad2(cg->b, cg_type(cg, t), tmp, "v");
    return cg_make_pair(cg, cg_type(cg, tuple), agg, match);
}

// v, ok := x.(T): (value, true) on a match, (zero, false) otherwise.
static LLVMValueRef assert_comma_ok(Cg *cg, Type *tuple, Type *t, LLVMValueRef iv, LLVMValueRef match) {
    if (cg_is_big(t))
        return big_comma_ok(cg, tuple, t, iv, match);
    LLVMBasicBlockRef from = LLVMGetInsertBlock(cg->b);
    LLVMBasicBlockRef yes = cg_block(cg, "assert.ok");
    LLVMBasicBlockRef done = cg_block(cg, "assert.end");
    LLVMBuildCondBr(cg->b, match, yes, done);
    cg_set_block(cg, yes);
    LLVMValueRef v = assert_value(cg, t, iv);
    LLVMBasicBlockRef yes_end = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, done);
    cg_set_block(cg, done);
    LLVMValueRef phi = LLVMBuildPhi(cg->b, cg_type(cg, t), "v");
    LLVMValueRef vals[] = {cg_zero(cg, t), v};
    LLVMBasicBlockRef bbs[] = {from, yes_end};
    LLVMAddIncoming(phi, vals, bbs, 2);
    return cg_make_pair(cg, cg_type(cg, tuple), phi, match);
}

LLVMValueRef cg_type_assert(Cg *cg, Expr *e) {
    bool comma_ok = e->type && e->type->kind == TYPE_TUPLE;
    Type *t = comma_ok ? e->type->results[0] : e->type;
    if (e->type_expr && e->type_expr->type)
        t = e->type_expr->type;
    LLVMValueRef iv = cg_expr(cg, e->x);
    LLVMValueRef tw = LLVMBuildExtractValue(cg->b, iv, 0, "itype");
    LLVMValueRef match = assert_match(cg, t, tw);
    if (comma_ok)
        return assert_comma_ok(cg, e->type, t, iv, match);
    LLVMValueRef args[] = {tw, cg_typedesc(cg, t), cg_typedesc(cg, e->x->type)};
    cg_panic_if(cg, LLVMBuildNot(cg->b, match, ""), "rt_panic_assert", args, 3);
    return assert_value(cg, t, iv);
}

// A value of type from assigned to a variable of type to (multi-value
// assignments, whose elements the checker cannot wrap): boxed when to is an
// interface and from is not.  No site exists for it, so it goes to the heap.
LLVMValueRef cg_assign_conv(Cg *cg, LLVMValueRef v, Type *from, Type *to) {
    if (!from || !to || !type_is_interface(to) || type_is_interface(from))
        return v;
    return cg_box(cg, from, v, NULL);
}

// ---------------------------------------------------------------- conversions

static LLVMValueRef to_string(Cg *cg, Expr *e, LLVMValueRef v) {
    Type *f = type_under(e->x->type);
    if (type_is_integer(f)) {
        LLVMValueRef r = cg_num_convert(cg, v, e->x->type, type_int64);
        // Values outside the rune range become U+FFFD, as in Go.
        LLVMValueRef big = LLVMBuildICmp(cg->b, LLVMIntUGT, r, cg_i64(cg, 0x10FFFF), "");
        r = LLVMBuildSelect(cg->b, big, cg_i64(cg, 0xFFFD), r, "");
        r = LLVMBuildTrunc(cg->b, r, cg->t_i32, "rune");
        return cg_rune_to_str(cg, r, e->site);
    }
    if (f->kind == TYPE_SLICE) {
        Type *el = type_under(f->elem);
        if (el->kind == TYPE_UINT8)
            return cg_bytes_to_str(cg, v, e->site);
        return cg_runes_to_str(cg, v, e->site);
    }
    return v;
}

// (*[N]T)(s) and [N]T(s): s must have at least N elements.  The runtime has
// no message of its own for this; the failure reports as s[:N] would.
static LLVMValueRef slice_to_array(Cg *cg, LLVMValueRef s, Type *to) {
    Type *t = type_under(to);
    Type *at = t->kind == TYPE_POINTER ? type_under(t->elem) : t;
    LLVMValueRef len = LLVMBuildExtractValue(cg->b, s, 1, "len");
    LLVMValueRef n = cg_i64(cg, at->len);
    LLVMValueRef args[] = {len, n};
    cg_panic_if(cg, LLVMBuildICmp(cg->b, LLVMIntSLT, len, n, "short"), "rt_panic_convert", args, 2);
    LLVMValueRef p = LLVMBuildExtractValue(cg->b, s, 0, "ptr");
    if (t->kind == TYPE_POINTER)
        return p;
    return cg_load(cg, at, p, "arr");
}

LLVMValueRef cg_convert(Cg *cg, Expr *e) {
    Type *from = e->x->type, *to = e->type;
    LLVMValueRef v = cg_expr(cg, e->x);
    Type *f = type_under(from), *t = type_under(to);
    if (t->kind == TYPE_INTERFACE) {
        if (f->kind == TYPE_INTERFACE)
            return v;
        if (e->x->is_const && !cg_pointer_shaped(from))
            return box_const(cg, from, v);
        return cg_box(cg, from, v, e->site);
    }
    if (type_is_complex(f) && type_is_complex(t))
        return cg_complex_convert(cg, v, to);
    if (type_is_numeric(f) && type_is_numeric(t))
        return cg_num_convert(cg, v, from, to);
    if (t->kind == TYPE_STRING)
        return to_string(cg, e, v);
    if (f->kind == TYPE_STRING && t->kind == TYPE_SLICE) {
        if (type_under(t->elem)->kind == TYPE_UINT8)
            return cg_str_to_bytes(cg, v, e->site);
        return cg_str_to_runes(cg, v, e->site);
    }
    if (f->kind == TYPE_SLICE && (t->kind == TYPE_POINTER || t->kind == TYPE_ARRAY))
        return slice_to_array(cg, v, to);
    if (f->kind == TYPE_UNSAFE_POINTER && t->kind == TYPE_UINTPTR)
        return LLVMBuildPtrToInt(cg->b, v, cg->t_i64, "conv");
    if (f->kind == TYPE_UINTPTR && t->kind == TYPE_UNSAFE_POINTER)
        return LLVMBuildIntToPtr(cg->b, v, cg->t_ptr, "conv");
    return v;
}
