// expr.c: expressions -- values, addresses, constants, composite literals, calls.
//
// cg_expr returns the SSA value of an expression (aggregates such as strings,
// slices and structs as first-class LLVM aggregates); cg_addr returns the
// address of an addressable expression (a variable, *p, a field or element of
// one, a slice element).  Reading x.f or a[i] of an addressable x loads from
// the address; of a value (a call's result) it extracts from the value.
// Constants come from Expr.cval and never look at children (invariant 1).
// Example, `p.x + 1` with p *Point:
//     %p = load ptr, ptr %p.slot
//     %isnil = icmp eq ptr %p, null          ; -> call @rt_panic_nil
//     %x = getelementptr %Point, ptr %p, i32 0, i32 0
//     %x1 = load i64, ptr %x
//     %add = add i64 %x1, 1
#include <string.h>

#include "cg.h"

Expr *cg_unparen(Expr *e) {
    while (e && e->kind == EXPR_PAREN)
        e = e->x;
    return e;
}

LLVMBasicBlockRef cg_block(Cg *cg, const char *name) {
    return LLVMAppendBasicBlockInContext(cg->ctx, cg->llfn, name);
}

void cg_set_block(Cg *cg, LLVMBasicBlockRef bb) { LLVMPositionBuilderAtEnd(cg->b, bb); }

bool cg_terminated(Cg *cg) {
    return LLVMGetBasicBlockTerminator(LLVMGetInsertBlock(cg->b)) != NULL;
}

LLVMValueRef cg_i64(Cg *cg, int64_t v) { return LLVMConstInt(cg->t_i64, (unsigned long long)v, 1); }

LLVMValueRef cg_make_pair(Cg *cg, LLVMTypeRef t, LLVMValueRef a, LLVMValueRef b) {
    LLVMValueRef v = LLVMGetUndef(t);
    v = LLVMBuildInsertValue(cg->b, v, a, 0, "");
    return LLVMBuildInsertValue(cg->b, v, b, 1, "");
}

LLVMValueRef cg_make_slice(Cg *cg, LLVMValueRef ptr, LLVMValueRef len, LLVMValueRef cap) {
    LLVMValueRef v = LLVMGetUndef(cg->t_slice);
    v = LLVMBuildInsertValue(cg->b, v, ptr, 0, "");
    v = LLVMBuildInsertValue(cg->b, v, len, 1, "");
    return LLVMBuildInsertValue(cg->b, v, cap, 2, "");
}

// Stores v in a fresh entry-block temporary and returns its address.
LLVMValueRef cg_spill(Cg *cg, LLVMValueRef v, const char *name) {
    if (cg_big_type(v))
        return v;  // already a temporary in memory
    LLVMValueRef a = cg_entry_alloca(cg, LLVMTypeOf(v), name);
    LLVMBuildStore(cg->b, v, a);
    return a;
}

// ---------------------------------------------------------------- constants

LLVMValueRef cg_zero(Cg *cg, Type *t) { return LLVMConstNull(cg_type(cg, t)); }

LLVMValueRef cg_string_const(Cg *cg, const char *s, int64_t n) {
    LLVMValueRef p = n > 0 ? cg_cstring(cg, s, n, ".str") : LLVMConstNull(cg->t_ptr);
    LLVMValueRef v[] = {p, cg_i64(cg, n)};
    return LLVMConstStructInContext(cg->ctx, v, 2, 0);
}

static LLVMValueRef int_const(Cg *cg, ConstVal *v, Type *u) {
    LLVMTypeRef t = cg_type(cg, u);
    unsigned bits = LLVMGetIntTypeWidth(t);
    unsigned __int128 x = v->kind == CONST_FLOAT ? (unsigned __int128)(__int128)v->f
                                                 : (unsigned __int128)v->i;
    if (v->kind == CONST_BOOL)
        x = v->b;
    uint64_t lo = (uint64_t)x;
    if (bits < 64)
        lo &= (1ull << bits) - 1;
    return LLVMConstInt(t, lo, 0);
}

LLVMValueRef cg_const(Cg *cg, ConstVal *v, Type *t) {
    Type *u = type_under(t);
    if (u->kind == TYPE_BOOL)
        return LLVMConstInt(cg->t_i1, v->b, 0);
    if (type_is_integer(u))
        return int_const(cg, v, u);
    if (type_is_complex(u))
        return cg_complex_const(cg, v, u);
    if (type_is_float(u)) {
        double d = v->kind == CONST_INT ? (double)v->i : (double)v->f;
        if (d == 0)
            d = 0;  // constants have no negative zero: -0.0 is 0
        return LLVMConstReal(cg_type(cg, u), d);
    }
    if (u->kind == TYPE_STRING)
        return cg_string_const(cg, v->s ? v->s : "", v->s ? v->slen : 0);
    return cg_zero(cg, t);
}

// ---------------------------------------------------------------- names and selectors

static LLVMValueRef ident(Cg *cg, Expr *e) {
    Obj *o = e->obj;
    if (!o)
        cg_fail(cg, e->pos, "identifier %s unresolved", e->name ? e->name : "?");
    switch (o->kind) {
    case OBJ_VAR: return cg_load(cg, o->type, cg_var_addr(cg, o), o->name);
    case OBJ_FUNC: return cg_func_value(cg, o);
    case OBJ_NIL: return cg_zero(cg, e->type);
    case OBJ_CONST: return cg_const(cg, &o->cval, e->type ? e->type : o->type);
    default: cg_fail(cg, e->pos, "%s is not a value", o->name);
    }
}

static Type *struct_of(Expr *e) {
    Type *t = type_under(e->x->type);
    if (e->implicit_deref)
        t = type_under(t->elem);
    return t;
}

static LLVMValueRef field_addr(Cg *cg, Expr *e) {
    LLVMValueRef base;
    if (e->implicit_deref) {
        base = cg_expr(cg, e->x);
        cg_nil_check(cg, base);
    } else {
        base = cg_addr(cg, e->x);
    }
    Type *st = struct_of(e);
    if (e->field_index < 0 || e->field_index >= st->nfields)
        cg_fail(cg, e->pos, "selector %s has no field index", e->name);
    return LLVMBuildStructGEP2(cg->b, cg_type(cg, st), base, (unsigned)e->field_index, e->name);
}

static LLVMValueRef selector(Cg *cg, Expr *e) {
    if (e->is_method)
        return cg_method_value(cg, e);  // method.c
    if (e->obj)
        return ident(cg, e);
    if (e->implicit_deref || cg_has_addr(e->x))
        return cg_load(cg, e->type, field_addr(cg, e), e->name);
    LLVMValueRef v = cg_expr(cg, e->x);
    if (cg_big_type(v))
        return cg_load(cg, e->type, cg_big_elem_addr(cg, e->x->type, v, cg_i64(cg, e->field_index)), e->name);
    return LLVMBuildExtractValue(cg->b, v, (unsigned)e->field_index, e->name);
}

// ---------------------------------------------------------------- addresses

bool cg_has_addr(Expr *e) {
    e = cg_unparen(e);
    switch (e->kind) {
    case EXPR_IDENT: return e->obj && e->obj->kind == OBJ_VAR;
    case EXPR_STAR: return true;
    case EXPR_SELECTOR:
        if (e->is_method)
            return false;
        if (e->obj)
            return e->obj->kind == OBJ_VAR;
        return e->implicit_deref || cg_has_addr(e->x);
    case EXPR_INDEX: {
        Type *t = type_under(e->x->type);
        return t->kind == TYPE_SLICE || (t->kind == TYPE_ARRAY && cg_has_addr(e->x));
    }
    default: return false;
    }
}

LLVMValueRef cg_addr(Cg *cg, Expr *e) {
    e = cg_unparen(e);
    switch (e->kind) {
    case EXPR_IDENT:
        if (e->obj && e->obj->kind == OBJ_VAR)
            return cg_var_addr(cg, e->obj);
        break;
    case EXPR_STAR: {
        LLVMValueRef p = cg_expr(cg, e->x);
        cg_nil_check(cg, p);
        return p;
    }
    case EXPR_SELECTOR:
        if (e->obj && e->obj->kind == OBJ_VAR)
            return cg_var_addr(cg, e->obj);
        if (!e->obj && (e->implicit_deref || cg_has_addr(e->x)))
            return field_addr(cg, e);
        break;
    case EXPR_INDEX:
        if (type_under(e->x->type)->kind == TYPE_MAP)
            return cg_map_assign_addr(cg, e);
        if (cg_has_addr(e))
            return cg_index_addr(cg, e);
        break;
    default:
        break;
    }
    // Not addressable: a temporary holding the value (read-only uses).
    return cg_spill(cg, cg_expr(cg, e), "tmp");
}

// ---------------------------------------------------------------- composite literals

static int64_t elt_index(Expr *kv, int64_t pos) {
    if (kv && kv->kind == EXPR_KEY_VALUE && kv->key)
        return (int64_t)kv->key->cval.i;
    return pos;
}

static Expr *elt_value(Expr *kv) { return kv->kind == EXPR_KEY_VALUE ? kv->value : kv; }

static LLVMValueRef struct_lit(Cg *cg, Expr *e, Type *u) {
    LLVMValueRef v = cg_zero(cg, u);
    for (int i = 0; i < e->elts.len && i < u->nfields; i++) {
        Expr *x = VEC_AT(e->elts, i);
        if (!x)
            continue;
        x = elt_value(x);
        v = LLVMBuildInsertValue(cg->b, v, cg_expr(cg, x), (unsigned)i, u->fields[i].name);
    }
    return v;
}

static LLVMValueRef array_lit(Cg *cg, Expr *e, Type *u) {
    LLVMValueRef v = cg_zero(cg, u);
    int64_t pos = 0;
    for (int i = 0; i < e->elts.len; i++) {
        Expr *kv = VEC_AT(e->elts, i);
        if (!kv)
            continue;
        int64_t k = elt_index(kv, pos);
        pos = k + 1;
        if (k < 0 || k >= u->len)
            cg_fail(cg, kv->pos, "array literal index %lld out of range", (long long)k);
        v = LLVMBuildInsertValue(cg->b, v, cg_expr(cg, elt_value(kv)), (unsigned)k, "");
    }
    return v;
}

static int64_t slice_lit_len(Expr *e) {
    int64_t pos = 0, n = 0;
    for (int i = 0; i < e->elts.len; i++) {
        if (!VEC_AT(e->elts, i))
            continue;
        pos = elt_index(VEC_AT(e->elts, i), pos) + 1;
        if (pos > n)
            n = pos;
    }
    return n;
}

static LLVMValueRef slice_lit(Cg *cg, Expr *e, Type *u) {
    int64_t n = slice_lit_len(e);
    if (n == 0 && !e->site)
        return cg_make_slice(cg, LLVMConstNull(cg->t_ptr), cg_i64(cg, 0), cg_i64(cg, 0));
    if (!e->site)
        cg_fail(cg, e->pos, "slice literal without an allocation site");
    LLVMValueRef mem = n == e->site->count ? cg_alloc_site(cg, e->site, NULL)
                                           : cg_alloc_site(cg, e->site, cg_i64(cg, n));
    LLVMTypeRef et = cg_type(cg, u->elem);
    int64_t pos = 0;
    for (int i = 0; i < e->elts.len; i++) {
        Expr *kv = VEC_AT(e->elts, i);
        if (!kv)
            continue;
        int64_t k = elt_index(kv, pos);
        pos = k + 1;
        LLVMValueRef idx = cg_i64(cg, k);
        LLVMValueRef p = LLVMBuildGEP2(cg->b, et, mem, &idx, 1, "");
        cg_store(cg, p, cg_expr(cg, elt_value(kv)));
    }
    return cg_make_slice(cg, mem, cg_i64(cg, n), cg_i64(cg, n));
}

// A big struct or array literal, built in a zeroed temporary.
static LLVMValueRef big_lit(Cg *cg, Expr *e, Type *u) {
    LLVMValueRef p = cg_big_temp(cg, e->type, true);
    int64_t pos = 0;
    for (int i = 0; i < e->elts.len; i++) {
        Expr *kv = VEC_AT(e->elts, i);
        if (!kv)
            continue;
        int64_t k = u->kind == TYPE_STRUCT ? i : elt_index(kv, pos);
        pos = k + 1;
        LLVMValueRef v = cg_expr(cg, elt_value(kv));
        cg_store(cg, cg_big_elem_addr(cg, e->type, p, cg_i64(cg, k)), v);
    }
    return p;
}

static LLVMValueRef composite(Cg *cg, Expr *e) {
    Type *u = type_under(e->type);
    if (cg_is_big(e->type))
        return big_lit(cg, e, u);
    switch (u->kind) {
    case TYPE_STRUCT: return struct_lit(cg, e, u);
    case TYPE_ARRAY: return array_lit(cg, e, u);
    case TYPE_SLICE: return slice_lit(cg, e, u);
    case TYPE_MAP: return cg_map_lit(cg, e);
    default: cg_fail(cg, e->pos, "composite literal of %s not supported", type_str(e->type));
    }
}

// ---------------------------------------------------------------- calls

// Evaluates the arguments into args[first...]; f(g()) with a multi-valued g
// spreads g's results.  Returns the number of arguments.
static int call_args(Cg *cg, Expr *e, LLVMValueRef *args, int first) {
    if (e->args.len == 1) {
        Expr *a = VEC_AT(e->args, 0);
        if (a->type && a->type->kind == TYPE_TUPLE) {
            LLVMValueRef t = cg_expr(cg, a);
            int n = a->type->nresults;
            if (first + n > 64)
                cg_fail(cg, e->pos, "too many arguments");
            for (int i = 0; i < n; i++)
                args[first + i] = LLVMBuildExtractValue(cg->b, t, (unsigned)i, "");
            return n;
        }
    }
    if (first + e->args.len > 64)
        cg_fail(cg, e->pos, "too many arguments");
    for (int i = 0; i < e->args.len; i++)
        args[first + i] = cg_big_to_aggregate(cg, cg_expr(cg, VEC_AT(e->args, i)));
    return e->args.len;
}

int cg_call_args(Cg *cg, Expr *e, LLVMValueRef *args, int first) { return call_args(cg, e, args, first); }

// A call's big result moves into memory.
static LLVMValueRef big_result(Cg *cg, Expr *e, LLVMValueRef v) {
    if (e->type && e->type->kind != TYPE_TUPLE && cg_is_big(e->type))
        return cg_big_from(cg, e->type, v);
    return v;
}

static void check_arity(Cg *cg, Expr *e, LLVMTypeRef ft, int n) {
    if ((int)LLVMCountParamTypes(ft) != n)
        cg_fail(cg, e->pos, "call with %d arguments for %u parameters", n, LLVMCountParamTypes(ft));
}

static LLVMValueRef direct_call(Cg *cg, Expr *e, Obj *fo) {
    if (fo->intrinsic != INTR_NONE)
        return cg_intrinsic_call(cg, e);
    if (!fo->func)
        cg_fail(cg, e->pos, "call of %s, which has no body", fo->name);
    LLVMValueRef fn = cg_func_decl(cg, fo->func);
    LLVMValueRef args[64];
    int n = call_args(cg, e, args, 0);
    LLVMTypeRef ft = cg_func_type(cg, fo->func->sig, fo->func->lit != NULL);
    check_arity(cg, e, ft, n);
    bool is_void = LLVMGetReturnType(ft) == cg->t_void;
    return big_result(cg, e, LLVMBuildCall2(cg->b, ft, fn, args, (unsigned)n, is_void ? "" : "call"));
}

static LLVMValueRef closure_call(Cg *cg, Expr *e) {
    LLVMValueRef fv = cg_expr(cg, e->fn);
    cg_nil_check(cg, fv);
    LLVMValueRef code = LLVMBuildLoad2(cg->b, cg->t_ptr, fv, "code");
    LLVMValueRef args[64];
    args[0] = fv;
    int n = call_args(cg, e, args, 1) + 1;
    LLVMTypeRef ft = cg_func_type(cg, e->fn->type, true);
    check_arity(cg, e, ft, n);
    bool is_void = LLVMGetReturnType(ft) == cg->t_void;
    return big_result(cg, e, LLVMBuildCall2(cg->b, ft, code, args, (unsigned)n, is_void ? "" : "call"));
}

LLVMValueRef cg_call(Cg *cg, Expr *e) {
    Expr *fn = cg_unparen(e->fn);
    switch (e->call_kind) {
    case CALL_BUILTIN: return cg_builtin(cg, e);
    case CALL_INTRINSIC: return cg_intrinsic_call(cg, e);
    case CALL_FUNC:
        if (fn->obj && fn->obj->kind == OBJ_FUNC)
            return direct_call(cg, e, fn->obj);
        return closure_call(cg, e);
    case CALL_CLOSURE: return closure_call(cg, e);
    case CALL_METHOD: return cg_iface_call(cg, e);  // iface.c
    default: cg_fail(cg, e->pos, "call kind %d not supported", e->call_kind);
    }
}

// ---------------------------------------------------------------- call hoisting

// gc evaluates the calls of a statement first, in lexical order, into
// temporaries (cmd/compile/internal/walk/order.go), and reads variables
// afterwards: `fmt.Println(n, bump())` prints bump's effect on n.  cg_hoist
// walks an expression before it is lowered, evaluating every call outside a
// conditional operand or function literal; cg_call then takes the value from
// this table.  fresh starts a new statement.

static LLVMValueRef hoisted(Cg *cg, Expr *e) {
    for (int i = cg->nhoisted - 1; i >= 0; i--)
        if (cg->hoisted[i] == e)
            return cg->hoisted_vals[i];
    return NULL;
}

static void remember(Cg *cg, Expr *e, LLVMValueRef v) {
    if (cg->nhoisted == cg->hoisted_cap) {
        int n = cg->hoisted_cap ? 2 * cg->hoisted_cap : 32;
        Expr **es = arena_alloc(sizeof(Expr *) * (size_t)n);
        LLVMValueRef *vs = arena_alloc(sizeof(LLVMValueRef) * (size_t)n);
        for (int i = 0; i < cg->nhoisted; i++)
            es[i] = cg->hoisted[i], vs[i] = cg->hoisted_vals[i];
        cg->hoisted = es, cg->hoisted_vals = vs, cg->hoisted_cap = n;
    }
    cg->hoisted[cg->nhoisted] = e;
    cg->hoisted_vals[cg->nhoisted++] = v;
}

void cg_hoist_value(Cg *cg, Expr *e, LLVMValueRef v) {
    remember(cg, e, v);
}

// Builtins gc's order pass copies like calls (len, cap, copy, make, new, append).
static bool hoistable_builtin(Builtin b) {
    return b == BUILTIN_LEN || b == BUILTIN_CAP || b == BUILTIN_COPY || b == BUILTIN_MAKE ||
           b == BUILTIN_NEW || b == BUILTIN_APPEND;
}

static void hoist_call(Cg *cg, Expr *e) {
    if (e->call_kind != CALL_BUILTIN)
        cg_hoist(cg, e->fn, false);
    cg_hoist_list(cg, &e->args, false);
    if (!e->type || hoisted(cg, e))
        return;
    if (e->call_kind == CALL_BUILTIN && !hoistable_builtin(e->builtin))
        return;
    remember(cg, e, cg_call(cg, e));
}

static bool pos_before(Pos a, Pos b) {
    return a.line != b.line ? a.line < b.line : a.col < b.col;
}

// A struct literal's elements are in field order (invariant 7); their calls
// run in source order, as written.
static void hoist_elts(Cg *cg, Expr *e) {
    int n = e->elts.len;
    Expr **xs = arena_alloc(sizeof(Expr *) * (size_t)(n + 1));
    int k = 0;
    for (int i = 0; i < n; i++) {
        Expr *x = VEC_AT(e->elts, i);
        if (!x)
            continue;
        int j = k++;
        for (; j > 0 && pos_before(x->pos, xs[j - 1]->pos); j--)
            xs[j] = xs[j - 1];
        xs[j] = x;
    }
    for (int i = 0; i < k; i++)
        cg_hoist(cg, xs[i]->kind == EXPR_KEY_VALUE ? xs[i]->value : xs[i], false);
}

void cg_hoist(Cg *cg, Expr *e, bool fresh) {
    if (fresh)
        cg->nhoisted = 0;
    if (!e || e->is_const || e->is_type)
        return;
    switch (e->kind) {
    case EXPR_CALL: hoist_call(cg, e); return;
    case EXPR_FUNC_LIT: return;
    case EXPR_BINARY:
        cg_hoist(cg, e->x, false);
        if (e->op != TOK_LAND && e->op != TOK_LOR)
            cg_hoist(cg, e->y, false);
        return;
    case EXPR_COMPOSITE: hoist_elts(cg, e); return;
    case EXPR_INDEX:
        cg_hoist(cg, e->x, false);
        cg_hoist(cg, e->index, false);
        return;
    case EXPR_SLICE:
        cg_hoist(cg, e->x, false);
        cg_hoist(cg, e->lo, false);
        cg_hoist(cg, e->hi, false);
        cg_hoist(cg, e->max, false);
        return;
    case EXPR_PAREN: case EXPR_SELECTOR: case EXPR_STAR: case EXPR_UNARY: case EXPR_CONVERT:
    case EXPR_TYPE_ASSERT: case EXPR_RESULT:
        if (!(e->kind == EXPR_SELECTOR && e->obj))
            cg_hoist(cg, e->x, false);
        return;
    default: return;
    }
}

void cg_hoist_list(Cg *cg, Vec *es, bool fresh) {
    if (fresh)
        cg->nhoisted = 0;
    for (int i = 0; i < es->len; i++)
        cg_hoist(cg, VEC_AT(*es, i), false);
}

// RESULT(g(), i): g() is evaluated once, by its first use.
static LLVMValueRef result(Cg *cg, Expr *e) {
    LLVMValueRef t = hoisted(cg, e->x);
    if (!t) {
        t = cg_call(cg, e->x);
        remember(cg, e->x, t);
    }
    return LLVMBuildExtractValue(cg->b, t, (unsigned)e->field_index, "");
}

// ---------------------------------------------------------------- dispatch

static LLVMValueRef star(Cg *cg, Expr *e) {
    LLVMValueRef p = cg_expr(cg, e->x);
    cg_nil_check(cg, p);
    return cg_load(cg, e->type, p, "deref");
}

LLVMValueRef cg_expr(Cg *cg, Expr *e) {
    if (!e)
        cg_fail(cg, (Pos){-1, 0, 0}, "missing expression");
    if (!e->type && e->kind != EXPR_CALL)
        cg_fail(cg, e->pos, "expression without a type");
    if (e->is_const && e->type && !type_is_interface(e->type))
        return cg_const(cg, &e->cval, e->type);
    switch (e->kind) {
    case EXPR_PAREN: return cg_expr(cg, e->x);
    case EXPR_IDENT: return ident(cg, e);
    case EXPR_SELECTOR: return selector(cg, e);
    case EXPR_INDEX: return cg_index(cg, e);
    case EXPR_SLICE: return cg_slice_expr(cg, e);
    case EXPR_TYPE_ASSERT: return cg_type_assert(cg, e);
    case EXPR_CALL: {
        LLVMValueRef v = hoisted(cg, e);
        return v ? v : cg_call(cg, e);
    }
    case EXPR_RESULT: return result(cg, e);
    case EXPR_STAR: return star(cg, e);
    case EXPR_UNARY: return cg_unary(cg, e);
    case EXPR_BINARY: return cg_binary(cg, e);
    case EXPR_COMPOSITE: return composite(cg, e);
    case EXPR_FUNC_LIT: return cg_func_lit(cg, e);
    case EXPR_CONVERT: return cg_convert(cg, e);
    case EXPR_ZERO: return cg_zero(cg, e->type);
    default: cg_fail(cg, e->pos, "expression kind %d not supported", e->kind);
    }
}
