// builtin.c: Go's builtins (len, append, make, print, ...) and the functions
// of the packages gosub provides natively (fmt, os, strconv, math).
//
// append grows through the runtime only when the capacity is short:
//     %newlen = add i64 %len, 1
//     %grow = icmp ugt i64 %newlen, %cap
//     br i1 %grow, label %append.grow, label %append.store
//   append.grow:
//     %grown = call ptr @rt_growslice(ptr %ptr, i64 %len, i64 %cap, i64 %newlen,
//                                     i64 8, ptr null, ptr %newcap)
// make([]T, len, cap) checks len and cap (rt_panic_make) and allocates cap
// elements through its site.  print/println call one rt_print_* per argument.
// fmt's functions receive the ...any slice as (ptr to GoEface array, len);
// math's as LLVM intrinsics (llvm.sqrt.f64, llvm.fabs.f64, llvm.floor.f64).
#include "cg.h"

static Expr *arg(Expr *e, int i) { return VEC_AT(e->args, i); }

static LLVMValueRef fld(Cg *cg, LLVMValueRef v, unsigned i, const char *name) {
    return LLVMBuildExtractValue(cg->b, v, i, name);
}

// ---------------------------------------------------------------- len, cap

static LLVMValueRef len_cap(Cg *cg, Expr *e, bool is_cap) {
    Expr *x = arg(e, 0);
    Type *t = type_under(x->type);
    if (t->kind == TYPE_POINTER)
        t = type_under(t->elem);
    if (t->kind == TYPE_ARRAY)
        return cg_i64(cg, t->len);
    LLVMValueRef v = cg_expr(cg, x);
    if (t->kind == TYPE_STRING || t->kind == TYPE_SLICE)
        return fld(cg, v, is_cap ? 2 : 1, is_cap ? "cap" : "len");
    if (t->kind == TYPE_MAP && !is_cap)
        return cg_map_len(cg, v);
    cg_fail(cg, e->pos, "len/cap of %s not supported", type_str(x->type));
}

// ---------------------------------------------------------------- append, copy

typedef struct SliceParts {
    LLVMValueRef ptr, len, cap;
} SliceParts;

// Ensures room for newlen elements: returns the (possibly new) ptr and cap.
static SliceParts grow(Cg *cg, SliceParts s, LLVMValueRef newlen, Type *elem) {
    LLVMValueRef capslot = cg_entry_alloca(cg, cg->t_i64, "newcap");
    LLVMBasicBlockRef from = LLVMGetInsertBlock(cg->b);
    LLVMBasicBlockRef g = cg_block(cg, "append.grow"), st = cg_block(cg, "append.store");
    LLVMValueRef need = LLVMBuildICmp(cg->b, LLVMIntUGT, newlen, s.cap, "grow");
    LLVMBuildCondBr(cg->b, need, g, st);
    cg_set_block(cg, g);
    LLVMValueRef args[] = {s.ptr, s.len, s.cap, newlen, cg_i64(cg, elem->size),
                           cg_elemdesc(cg, elem), capslot};
    LLVMValueRef np = cg_rt_call(cg, "rt_growslice", args, 7, "grown");
    LLVMValueRef nc = LLVMBuildLoad2(cg->b, cg->t_i64, capslot, "newcap");
    LLVMBasicBlockRef g_end = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, st);
    cg_set_block(cg, st);
    LLVMValueRef pp = LLVMBuildPhi(cg->b, cg->t_ptr, "ptr");
    LLVMValueRef cp = LLVMBuildPhi(cg->b, cg->t_i64, "cap");
    LLVMBasicBlockRef bbs[] = {from, g_end};
    LLVMValueRef pv[] = {s.ptr, np}, cv[] = {s.cap, nc};
    LLVMAddIncoming(pp, pv, bbs, 2);
    LLVMAddIncoming(cp, cv, bbs, 2);
    return (SliceParts){pp, newlen, cp};
}

static LLVMValueRef elem_ptr(Cg *cg, LLVMTypeRef et, LLVMValueRef base, LLVMValueRef i) {
    return LLVMBuildGEP2(cg->b, et, base, &i, 1, "");
}

static LLVMValueRef append(Cg *cg, Expr *e) {
    Type *st = type_under(e->type);
    Type *elem = st->elem;
    LLVMTypeRef et = cg_type(cg, elem);
    LLVMValueRef s = cg_expr(cg, arg(e, 0));
    SliceParts p = {fld(cg, s, 0, "ptr"), fld(cg, s, 1, "len"), fld(cg, s, 2, "cap")};
    LLVMValueRef oldlen = p.len;
    if (e->has_dots) {
        LLVMValueRef src = cg_expr(cg, arg(e, 1));
        LLVMValueRef n = fld(cg, src, 1, "n");
        p = grow(cg, p, LLVMBuildAdd(cg->b, oldlen, n, "newlen"), elem);
        LLVMValueRef bytes = LLVMBuildMul(cg->b, n, cg_i64(cg, elem->size), "");
        LLVMBuildMemMove(cg->b, elem_ptr(cg, et, p.ptr, oldlen), 1, fld(cg, src, 0, ""), 1, bytes);
        return cg_make_slice(cg, p.ptr, p.len, p.cap);
    }
    int n = e->args.len - 1;
    if (n == 0)
        return s;
    LLVMValueRef *vals = arena_alloc(sizeof(LLVMValueRef) * (size_t)n);
    for (int i = 0; i < n; i++)
        vals[i] = cg_expr(cg, arg(e, i + 1));
    p = grow(cg, p, LLVMBuildAdd(cg->b, oldlen, cg_i64(cg, n), "newlen"), elem);
    for (int i = 0; i < n; i++) {
        LLVMValueRef idx = LLVMBuildAdd(cg->b, oldlen, cg_i64(cg, i), "");
        cg_store(cg, elem_ptr(cg, et, p.ptr, idx), vals[i]);
    }
    return cg_make_slice(cg, p.ptr, p.len, p.cap);
}

static LLVMValueRef copy(Cg *cg, Expr *e) {
    Type *elem = type_under(arg(e, 0)->type)->elem;
    LLVMValueRef d = cg_expr(cg, arg(e, 0)), s = cg_expr(cg, arg(e, 1));
    LLVMValueRef dl = fld(cg, d, 1, "dlen"), sl = fld(cg, s, 1, "slen");
    LLVMValueRef n = LLVMBuildSelect(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, dl, sl, ""), dl, sl, "n");
    LLVMValueRef bytes = LLVMBuildMul(cg->b, n, cg_i64(cg, elem->size), "");
    LLVMBuildMemMove(cg->b, fld(cg, d, 0, ""), 1, fld(cg, s, 0, ""), 1, bytes);
    return n;
}

// ---------------------------------------------------------------- make, new, clear

// Allocations larger than this are "out of range" (gc's maxAlloc is 2^48 on 64-bit).
#define MAX_ALLOC (1ll << 48)

static LLVMValueRef make(Cg *cg, Expr *e) {
    Type *t = type_under(arg(e, 0)->type);
    if (t->kind == TYPE_MAP)
        return cg_make_map(cg, e);
    if (t->kind != TYPE_SLICE)
        cg_fail(cg, e->pos, "make(%s) not supported", type_str(arg(e, 0)->type));
    if (!e->site)
        cg_fail(cg, e->pos, "make without an allocation site");
    LLVMValueRef len = e->args.len > 1 ? cg_expr(cg, arg(e, 1)) : cg_i64(cg, 0);
    LLVMValueRef cap = e->args.len > 2 ? cg_expr(cg, arg(e, 2)) : len;
    int64_t es = t->elem->size > 0 ? t->elem->size : 1;
    LLVMValueRef limit = cg_i64(cg, MAX_ALLOC / es);
    LLVMValueRef badlen = LLVMBuildICmp(cg->b, LLVMIntUGT, len, limit, "badlen");
    LLVMValueRef a0[] = {cg_i64(cg, 0)}, a1[] = {cg_i64(cg, 1)};
    cg_panic_if(cg, badlen, "rt_panic_make", a0, 1);
    if (e->args.len > 2) {
        LLVMValueRef badcap = LLVMBuildOr(cg->b, LLVMBuildICmp(cg->b, LLVMIntUGT, cap, limit, ""),
                                          LLVMBuildICmp(cg->b, LLVMIntSLT, cap, len, ""), "badcap");
        cg_panic_if(cg, badcap, "rt_panic_make", a1, 1);
    }
    LLVMValueRef mem = e->site->count >= 0 && LLVMIsAConstantInt(cap) &&
                               (int64_t)LLVMConstIntGetSExtValue(cap) == e->site->count
                           ? cg_alloc_site(cg, e->site, NULL)
                           : cg_alloc_site(cg, e->site, cap);
    return cg_make_slice(cg, mem, len, cap);
}

static LLVMValueRef new_(Cg *cg, Expr *e) {
    if (!e->site)
        cg_fail(cg, e->pos, "new without an allocation site");
    Expr *a = arg(e, 0);
    if (a->is_type)
        return cg_alloc_site(cg, e->site, NULL);
    // new(v) (Go 1.26): a new variable holding v.
    LLVMValueRef v = cg_expr(cg, a);
    LLVMValueRef p = cg_alloc_site(cg, e->site, NULL);
    cg_store(cg, p, v);
    return p;
}

static LLVMValueRef clear(Cg *cg, Expr *e) {
    Type *t = type_under(arg(e, 0)->type);
    if (t->kind == TYPE_MAP) {
        cg_map_clear(cg, arg(e, 0));
        return NULL;
    }
    if (t->kind != TYPE_SLICE)
        cg_fail(cg, e->pos, "clear of %s not supported", type_str(arg(e, 0)->type));
    LLVMValueRef s = cg_expr(cg, arg(e, 0));
    LLVMValueRef bytes = LLVMBuildMul(cg->b, fld(cg, s, 1, ""), cg_i64(cg, t->elem->size), "");
    LLVMBuildMemSet(cg->b, fld(cg, s, 0, ""), LLVMConstInt(cg->t_i8, 0, 0), bytes, 1);
    return NULL;
}

// ---------------------------------------------------------------- panic, print

static LLVMValueRef panic_(Cg *cg, Expr *e) {
    LLVMValueRef v = cg_expr(cg, arg(e, 0));
    LLVMValueRef args[] = {fld(cg, v, 0, ""), fld(cg, v, 1, "")};
    cg_rt_call(cg, "rt_panic_value", args, 2, NULL);
    LLVMBuildUnreachable(cg->b);
    return NULL;
}

static void print_value(Cg *cg, Expr *x) {
    Type *t = type_under(x->type);
    LLVMValueRef v = cg_expr(cg, x);
    if (t->kind == TYPE_BOOL) {
        cg_rt_call(cg, "rt_print_bool", &v, 1, NULL);
    } else if (type_is_integer(t)) {
        bool u = type_is_unsigned(t);
        LLVMValueRef w = cg_num_convert(cg, v, x->type, u ? type_uint64 : type_int64);
        cg_rt_call(cg, u ? "rt_print_uint" : "rt_print_int", &w, 1, NULL);
    } else if (type_is_float(t)) {
        LLVMValueRef w = cg_num_convert(cg, v, x->type, type_float64);
        cg_rt_call(cg, "rt_print_float", &w, 1, NULL);
    } else if (type_is_complex(t)) {
        cg_complex_print(cg, t, v);
    } else if (t->kind == TYPE_STRING) {
        LLVMValueRef a[] = {fld(cg, v, 0, ""), fld(cg, v, 1, "")};
        cg_rt_call(cg, "rt_print_string", a, 2, NULL);
    } else if (t->kind == TYPE_SLICE) {
        LLVMValueRef a[] = {fld(cg, v, 0, ""), fld(cg, v, 1, ""), fld(cg, v, 2, "")};
        cg_rt_call(cg, "rt_print_slice", a, 3, NULL);
    } else if (t->kind == TYPE_INTERFACE) {
        LLVMValueRef a[] = {fld(cg, v, 0, ""), fld(cg, v, 1, "")};
        cg_rt_call(cg, "rt_print_eface", a, 2, NULL);
    } else if (cg_pointer_shaped(t)) {
        cg_rt_call(cg, "rt_print_pointer", &v, 1, NULL);
    } else {
        cg_fail(cg, x->pos, "print of %s not supported", type_str(x->type));
    }
}

static LLVMValueRef print(Cg *cg, Expr *e, bool ln) {
    for (int i = 0; i < e->args.len; i++) {
        if (ln && i > 0)
            cg_rt_call(cg, "rt_print_space", NULL, 0, NULL);
        print_value(cg, arg(e, i));
    }
    if (ln)
        cg_rt_call(cg, "rt_print_nl", NULL, 0, NULL);
    return NULL;
}

// ---------------------------------------------------------------- min, max

static LLVMValueRef min_max2(Cg *cg, Type *t, bool is_min, LLVMValueRef a, LLVMValueRef b) {
    Type *u = type_under(t);
    if (type_is_float(u)) {
        LLVMTypeRef ft = LLVMTypeOf(a);
        LLVMTypeRef ps[] = {ft, ft};
        LLVMValueRef args[] = {a, b};
        const char *name = arena_sprintf("llvm.%s.%s", is_min ? "minimum" : "maximum",
                                         ft == cg->t_f64 ? "f64" : "f32");
        return cg_intrinsic(cg, name, ft, ps, 2, args, is_min ? "min" : "max");
    }
    LLVMValueRef lt;
    if (u->kind == TYPE_STRING)
        lt = cg_str_compare(cg, TOK_LSS, b, a);
    else
        lt = LLVMBuildICmp(cg->b, type_is_unsigned(u) ? LLVMIntULT : LLVMIntSLT, b, a, "");
    // lt: b < a.  min picks b when b < a; max picks b when a < b.
    if (is_min)
        return LLVMBuildSelect(cg->b, lt, b, a, "min");
    LLVMValueRef gt = u->kind == TYPE_STRING ? cg_str_compare(cg, TOK_LSS, a, b)
                                             : LLVMBuildICmp(cg->b, type_is_unsigned(u) ? LLVMIntULT : LLVMIntSLT, a, b, "");
    return LLVMBuildSelect(cg->b, gt, b, a, "max");
}

static LLVMValueRef min_max(Cg *cg, Expr *e, bool is_min) {
    LLVMValueRef v = cg_expr(cg, arg(e, 0));
    for (int i = 1; i < e->args.len; i++)
        v = min_max2(cg, e->type, is_min, v, cg_expr(cg, arg(e, i)));
    return v;
}

LLVMValueRef cg_builtin(Cg *cg, Expr *e) {
    switch (e->builtin) {
    case BUILTIN_LEN: return len_cap(cg, e, false);
    case BUILTIN_CAP: return len_cap(cg, e, true);
    case BUILTIN_APPEND: return append(cg, e);
    case BUILTIN_COPY: return copy(cg, e);
    case BUILTIN_MAKE: return make(cg, e);
    case BUILTIN_NEW: return new_(cg, e);
    case BUILTIN_CLEAR: return clear(cg, e);
    case BUILTIN_PANIC: return panic_(cg, e);
    case BUILTIN_RECOVER: return cg_recover(cg, e);
    case BUILTIN_DELETE: cg_map_delete(cg, e); return NULL;
    case BUILTIN_PRINT: return print(cg, e, false);
    case BUILTIN_PRINTLN: return print(cg, e, true);
    case BUILTIN_MIN: return min_max(cg, e, true);
    case BUILTIN_MAX: return min_max(cg, e, false);
    case BUILTIN_COMPLEX: case BUILTIN_REAL: case BUILTIN_IMAG: return cg_complex_builtin(cg, e);
    default: cg_fail(cg, e->pos, "builtin %d not supported", e->builtin);
    }
}

// ---------------------------------------------------------------- intrinsics

// (n int, err error) with err nil, for fmt.Print*'s results.
static LLVMValueRef n_nil_err(Cg *cg, Expr *e, LLVMValueRef n) {
    if (!e->type || e->type->kind != TYPE_TUPLE)
        return n;
    return cg_make_pair(cg, cg_type(cg, e->type), n, LLVMConstNull(cg->t_iface));
}

static LLVMValueRef fmt_call(Cg *cg, Expr *e, const char *fn, bool has_format) {
    LLVMValueRef args[4];
    int n = 0;
    if (has_format) {
        LLVMValueRef f = cg_expr(cg, arg(e, 0));
        args[n++] = fld(cg, f, 0, "");
        args[n++] = fld(cg, f, 1, "");
    }
    LLVMValueRef sl = cg_expr(cg, arg(e, has_format ? 1 : 0));
    args[n++] = fld(cg, sl, 0, "args");
    args[n++] = fld(cg, sl, 1, "nargs");
    return cg_rt_call(cg, fn, args, n, "fmt");
}

static LLVMValueRef math1(Cg *cg, Expr *e, const char *name) {
    LLVMValueRef x = cg_expr(cg, arg(e, 0));
    return cg_intrinsic(cg, name, cg->t_f64, &cg->t_f64, 1, &x, "math");
}

static LLVMValueRef atoi(Cg *cg, Expr *e) {
    LLVMValueRef s = cg_expr(cg, arg(e, 0));
    LLVMValueRef out = cg_entry_alloca(cg, cg->t_i64, "atoi.n");
    LLVMValueRef err = cg_entry_alloca(cg, cg->t_iface, "atoi.err");
    LLVMValueRef args[] = {fld(cg, s, 0, ""), fld(cg, s, 1, ""), out, err};
    cg_rt_call(cg, "rt_strconv_atoi", args, 4, NULL);
    LLVMValueRef n = LLVMBuildLoad2(cg->b, cg->t_i64, out, "n");
    LLVMValueRef ev = LLVMBuildLoad2(cg->b, cg->t_iface, err, "err");
    return cg_make_pair(cg, cg_type(cg, e->type), n, ev);
}

LLVMValueRef cg_intrinsic_call(Cg *cg, Expr *e) {
    Intrinsic in = e->intrinsic;
    Expr *fn = cg_unparen(e->fn);
    if (in == INTR_NONE && fn && fn->obj)
        in = fn->obj->intrinsic;
    switch (in) {
    case INTR_FMT_PRINT: return n_nil_err(cg, e, fmt_call(cg, e, "rt_fmt_print", false));
    case INTR_FMT_PRINTLN: return n_nil_err(cg, e, fmt_call(cg, e, "rt_fmt_println", false));
    case INTR_FMT_PRINTF: return n_nil_err(cg, e, fmt_call(cg, e, "rt_fmt_printf", true));
    case INTR_FMT_SPRINT: return fmt_call(cg, e, "rt_fmt_sprint", false);
    case INTR_FMT_SPRINTLN: return fmt_call(cg, e, "rt_fmt_sprintln", false);
    case INTR_FMT_SPRINTF: return fmt_call(cg, e, "rt_fmt_sprintf", true);
    case INTR_OS_EXIT: {
        LLVMValueRef c = cg_expr(cg, arg(e, 0));
        cg_rt_call(cg, "rt_os_exit", &c, 1, NULL);
        LLVMBuildUnreachable(cg->b);
        return NULL;
    }
    case INTR_OS_RUNTIME_ARGS:
        return LLVMBuildLoad2(cg->b, cg_type(cg, obj_os_args->type), cg_var_addr(cg, obj_os_args),
                              "args");
    case INTR_STRCONV_ITOA: {
        LLVMValueRef v = cg_expr(cg, arg(e, 0));
        return cg_rt_call(cg, "rt_strconv_itoa", &v, 1, "itoa");
    }
    case INTR_STRCONV_ATOI: return atoi(cg, e);
    case INTR_MATH_SQRT: return math1(cg, e, "llvm.sqrt.f64");
    case INTR_MATH_ABS: return math1(cg, e, "llvm.fabs.f64");
    case INTR_MATH_FLOOR: return math1(cg, e, "llvm.floor.f64");
    default: cg_fail(cg, e->pos, "intrinsic %d not supported", in);
    }
}
