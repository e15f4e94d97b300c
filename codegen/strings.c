// strings.c: strings, indexing and slicing, with Go's bounds checks.
//
// Indices compare unsigned, so one comparison also catches negative ones:
//     %oob = icmp uge i64 %i, %len      ; -> call @rt_panic_index(i64 %i, i64 %len)
// Slice expressions check max <= cap, hi <= max, lo <= hi in gc's order and
// report with gc's message variants (rt_panic_slice's `which`).
// Strings compare with == by length and memcmp, order through rt_strcmp.
// Every conversion or concatenation that makes new bytes allocates through
// its site with a dynamic count, then copies:
//     %len = add i64 %a.len, %b.len
//     %concat = call ptr @gc_alloc(i64 %len, ptr null)
//     memcpy(%concat, %a.ptr, %a.len); memcpy(%concat + %a.len, %b.ptr, %b.len)
#include "cg.h"

static LLVMValueRef field(Cg *cg, LLVMValueRef v, unsigned i, const char *name) {
    return LLVMBuildExtractValue(cg->b, v, i, name);
}

static LLVMValueRef byte_gep(Cg *cg, LLVMValueRef p, LLVMValueRef off) {
    return LLVMBuildGEP2(cg->b, cg->t_i8, p, &off, 1, "");
}

static LLVMValueRef make_str(Cg *cg, LLVMValueRef p, LLVMValueRef n) {
    return cg_make_pair(cg, cg->t_str, p, n);
}

// count elements of the site's type (bytes or runes), through the site.
static LLVMValueRef alloc_n(Cg *cg, Site *site, LLVMValueRef count, int64_t elem_size) {
    if (site)
        return cg_alloc_site(cg, site, count);
    LLVMValueRef bytes = LLVMBuildMul(cg->b, count, cg_i64(cg, elem_size), "");
    LLVMValueRef args[] = {bytes, LLVMConstNull(cg->t_ptr)};
    return cg_rt_call(cg, "gc_alloc", args, 2, "str");
}

static void copy(Cg *cg, LLVMValueRef dst, LLVMValueRef src, LLVMValueRef n) {
    LLVMBuildMemCpy(cg->b, dst, 1, src, 1, n);
}

LLVMValueRef cg_str_concat(Cg *cg, LLVMValueRef a, LLVMValueRef b, Site *site) {
    LLVMValueRef alen = field(cg, a, 1, "a.len"), blen = field(cg, b, 1, "b.len");
    LLVMValueRef n = LLVMBuildAdd(cg->b, alen, blen, "len");
    LLVMValueRef mem = alloc_n(cg, site, n, 1);
    copy(cg, mem, field(cg, a, 0, "a.ptr"), alen);
    copy(cg, byte_gep(cg, mem, alen), field(cg, b, 0, "b.ptr"), blen);
    return make_str(cg, mem, n);
}

LLVMValueRef cg_str_equal(Cg *cg, LLVMValueRef a, LLVMValueRef b) {
    LLVMValueRef alen = field(cg, a, 1, ""), blen = field(cg, b, 1, "");
    LLVMValueRef sameln = LLVMBuildICmp(cg->b, LLVMIntEQ, alen, blen, "samelen");
    LLVMValueRef n = LLVMBuildSelect(cg->b, sameln, alen, cg_i64(cg, 0), "");
    LLVMValueRef args[] = {field(cg, a, 0, ""), field(cg, b, 0, ""), n};
    LLVMValueRef c = cg_rt_call(cg, "memcmp", args, 3, "memcmp");
    LLVMValueRef same = LLVMBuildICmp(cg->b, LLVMIntEQ, c, LLVMConstNull(cg->t_i32), "");
    return LLVMBuildAnd(cg->b, sameln, same, "streq");
}

LLVMValueRef cg_str_compare(Cg *cg, int op, LLVMValueRef a, LLVMValueRef b) {
    LLVMValueRef args[] = {field(cg, a, 0, ""), field(cg, a, 1, ""), field(cg, b, 0, ""),
                           field(cg, b, 1, "")};
    LLVMValueRef c = cg_rt_call(cg, "rt_strcmp", args, 4, "strcmp");
    LLVMIntPredicate p = op == TOK_LSS ? LLVMIntSLT : op == TOK_LEQ ? LLVMIntSLE
                       : op == TOK_GTR ? LLVMIntSGT : LLVMIntSGE;
    return LLVMBuildICmp(cg->b, p, c, cg_i64(cg, 0), "strcmp");
}

LLVMValueRef cg_str_to_bytes(Cg *cg, LLVMValueRef s, Site *site) {
    LLVMValueRef n = field(cg, s, 1, "len");
    LLVMValueRef mem = alloc_n(cg, site, n, 1);
    copy(cg, mem, field(cg, s, 0, ""), n);
    return cg_make_slice(cg, mem, n, n);
}

LLVMValueRef cg_bytes_to_str(Cg *cg, LLVMValueRef sl, Site *site) {
    LLVMValueRef n = field(cg, sl, 1, "len");
    LLVMValueRef mem = alloc_n(cg, site, n, 1);
    copy(cg, mem, field(cg, sl, 0, ""), n);
    return make_str(cg, mem, n);
}

LLVMValueRef cg_rune_to_str(Cg *cg, LLVMValueRef r, Site *site) {
    LLVMValueRef mem = alloc_n(cg, site, cg_i64(cg, 4), 1);
    LLVMValueRef args[] = {mem, r};
    LLVMValueRef n = cg_rt_call(cg, "rt_encoderune", args, 2, "n");
    return make_str(cg, mem, n);
}

// ---------------------------------------------------------------- rune loops

// A counting loop over i in [0, n): calls body(cg, i, ctx) in the loop.
typedef void (*LoopBody)(Cg *cg, LLVMValueRef i, void *ctx);

static void count_loop(Cg *cg, LLVMValueRef n, LoopBody body, void *ctx) {
    LLVMValueRef slot = cg_entry_alloca(cg, cg->t_i64, "i");
    LLVMBuildStore(cg->b, cg_i64(cg, 0), slot);
    LLVMBasicBlockRef cond = cg_block(cg, "loop.cond"), bb = cg_block(cg, "loop.body");
    LLVMBasicBlockRef end = cg_block(cg, "loop.end");
    LLVMBuildBr(cg->b, cond);
    cg_set_block(cg, cond);
    LLVMValueRef i = LLVMBuildLoad2(cg->b, cg->t_i64, slot, "i");
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, i, n, ""), bb, end);
    cg_set_block(cg, bb);
    body(cg, i, ctx);
    LLVMBuildStore(cg->b, LLVMBuildAdd(cg->b, i, cg_i64(cg, 1), ""), slot);
    LLVMBuildBr(cg->b, cond);
    cg_set_block(cg, end);
}

typedef struct RuneCtx {
    LLVMValueRef src, srclen, dst, acc, scratch;
} RuneCtx;

// Decodes the string's runes: counts them (dst NULL) or stores them.
static void decode_loop(Cg *cg, RuneCtx *c) {
    LLVMValueRef slot = cg_entry_alloca(cg, cg->t_i64, "i");
    LLVMValueRef next = cg_entry_alloca(cg, cg->t_i64, "next");
    LLVMBuildStore(cg->b, cg_i64(cg, 0), slot);
    LLVMBasicBlockRef cond = cg_block(cg, "runes.cond"), bb = cg_block(cg, "runes.body");
    LLVMBasicBlockRef end = cg_block(cg, "runes.end");
    LLVMBuildBr(cg->b, cond);
    cg_set_block(cg, cond);
    LLVMValueRef i = LLVMBuildLoad2(cg->b, cg->t_i64, slot, "i");
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, i, c->srclen, ""), bb, end);
    cg_set_block(cg, bb);
    LLVMValueRef args[] = {c->src, c->srclen, i, next};
    LLVMValueRef r = cg_rt_call(cg, "rt_decoderune", args, 4, "r");
    LLVMValueRef k = LLVMBuildLoad2(cg->b, cg->t_i64, c->acc, "k");
    if (c->dst)
        LLVMBuildStore(cg->b, r, LLVMBuildGEP2(cg->b, cg->t_i32, c->dst, &k, 1, ""));
    LLVMBuildStore(cg->b, LLVMBuildAdd(cg->b, k, cg_i64(cg, 1), ""), c->acc);
    LLVMBuildStore(cg->b, LLVMBuildLoad2(cg->b, cg->t_i64, next, ""), slot);
    LLVMBuildBr(cg->b, cond);
    cg_set_block(cg, end);
}

LLVMValueRef cg_str_to_runes(Cg *cg, LLVMValueRef s, Site *site) {
    RuneCtx c = {field(cg, s, 0, ""), field(cg, s, 1, ""), NULL, NULL, NULL};
    c.acc = cg_entry_alloca(cg, cg->t_i64, "nrunes");
    LLVMBuildStore(cg->b, cg_i64(cg, 0), c.acc);
    decode_loop(cg, &c);
    LLVMValueRef n = LLVMBuildLoad2(cg->b, cg->t_i64, c.acc, "n");
    c.dst = alloc_n(cg, site, n, 4);
    LLVMBuildStore(cg->b, cg_i64(cg, 0), c.acc);
    decode_loop(cg, &c);
    return cg_make_slice(cg, c.dst, n, n);
}

static void encode_body(Cg *cg, LLVMValueRef i, void *ctx) {
    RuneCtx *c = ctx;
    LLVMValueRef r = LLVMBuildLoad2(cg->b, cg->t_i32, LLVMBuildGEP2(cg->b, cg->t_i32, c->src, &i, 1, ""), "r");
    LLVMValueRef off = LLVMBuildLoad2(cg->b, cg->t_i64, c->acc, "off");
    LLVMValueRef buf = c->dst ? byte_gep(cg, c->dst, off) : c->scratch;
    LLVMValueRef args[] = {buf, r};
    LLVMValueRef n = cg_rt_call(cg, "rt_encoderune", args, 2, "n");
    LLVMBuildStore(cg->b, LLVMBuildAdd(cg->b, off, n, ""), c->acc);
}

LLVMValueRef cg_runes_to_str(Cg *cg, LLVMValueRef sl, Site *site) {
    RuneCtx c = {field(cg, sl, 0, ""), field(cg, sl, 1, ""), NULL, NULL, NULL};
    c.acc = cg_entry_alloca(cg, cg->t_i64, "nbytes");
    c.scratch = cg_entry_alloca(cg, LLVMArrayType2(cg->t_i8, 4), "scratch");
    LLVMBuildStore(cg->b, cg_i64(cg, 0), c.acc);
    count_loop(cg, c.srclen, encode_body, &c);
    LLVMValueRef n = LLVMBuildLoad2(cg->b, cg->t_i64, c.acc, "n");
    c.dst = alloc_n(cg, site, n, 1);
    LLVMBuildStore(cg->b, cg_i64(cg, 0), c.acc);
    count_loop(cg, c.srclen, encode_body, &c);
    return make_str(cg, c.dst, n);
}

// ---------------------------------------------------------------- indexing

void cg_bounds_check(Cg *cg, LLVMValueRef i, LLVMValueRef len) {
    LLVMValueRef oob = LLVMBuildICmp(cg->b, LLVMIntUGE, i, len, "oob");
    LLVMValueRef args[] = {i, len};
    cg_panic_if(cg, oob, "rt_panic_index", args, 2);
}

LLVMValueRef cg_index_addr(Cg *cg, Expr *e) {
    Type *t = type_under(e->x->type);
    if (t->kind == TYPE_SLICE) {
        LLVMValueRef s = cg_expr(cg, e->x);
        LLVMValueRef i = cg_expr(cg, e->index);
        cg_bounds_check(cg, i, field(cg, s, 1, "len"));
        return LLVMBuildGEP2(cg->b, cg_type(cg, t->elem), field(cg, s, 0, "ptr"), &i, 1, "elem");
    }
    if (t->kind != TYPE_ARRAY)
        cg_fail(cg, e->pos, "index of %s not supported", type_str(e->x->type));
    LLVMValueRef base = cg_addr(cg, e->x);
    LLVMValueRef i = cg_expr(cg, e->index);
    cg_bounds_check(cg, i, cg_i64(cg, t->len));
    LLVMValueRef idx[] = {cg_i64(cg, 0), i};
    return LLVMBuildGEP2(cg->b, cg_type(cg, t), base, idx, 2, "elem");
}

LLVMValueRef cg_index(Cg *cg, Expr *e) {
    Type *t = type_under(e->x->type);
    if (t->kind == TYPE_MAP)
        return cg_map_index(cg, e);
    if (t->kind == TYPE_STRING) {
        LLVMValueRef s = cg_expr(cg, e->x);
        LLVMValueRef i = cg_expr(cg, e->index);
        cg_bounds_check(cg, i, field(cg, s, 1, "len"));
        return LLVMBuildLoad2(cg->b, cg->t_i8, byte_gep(cg, field(cg, s, 0, "ptr"), i), "byte");
    }
    if (t->kind == TYPE_ARRAY && !cg_has_addr(e->x)) {
        LLVMValueRef v = cg_expr(cg, e->x);
        LLVMValueRef base = cg_spill(cg, v, "arr");
        LLVMValueRef i = cg_expr(cg, e->index);
        cg_bounds_check(cg, i, cg_i64(cg, t->len));
        LLVMValueRef idx[] = {cg_i64(cg, 0), i};
        return cg_load(cg, e->type, LLVMBuildGEP2(cg->b, cg_type(cg, t), base, idx, 2, ""), "elem");
    }
    return cg_load(cg, e->type, cg_index_addr(cg, e), "elem");
}

// ---------------------------------------------------------------- slice expressions

static void slice_check(Cg *cg, LLVMValueRef a, LLVMValueRef b, int which) {
    LLVMValueRef bad = LLVMBuildICmp(cg->b, LLVMIntUGT, a, b, "badslice");
    LLVMValueRef args[] = {cg_i64(cg, which), a, b};
    cg_panic_if(cg, bad, "rt_panic_slice", args, 3);
}

LLVMValueRef cg_slice_expr(Cg *cg, Expr *e) {
    Type *t = type_under(e->x->type);
    LLVMValueRef ptr, len, cap;
    LLVMTypeRef et = cg->t_i8;
    if (t->kind == TYPE_STRING || t->kind == TYPE_SLICE) {
        LLVMValueRef v = cg_expr(cg, e->x);
        ptr = field(cg, v, 0, "ptr");
        len = field(cg, v, 1, "len");
        cap = t->kind == TYPE_SLICE ? field(cg, v, 2, "cap") : len;
        if (t->kind == TYPE_SLICE)
            et = cg_type(cg, t->elem);
    } else if (t->kind == TYPE_ARRAY) {
        ptr = cg_addr(cg, e->x);
        len = cap = cg_i64(cg, t->len);
        et = cg_type(cg, t->elem);
    } else {
        cg_fail(cg, e->pos, "slice of %s not supported", type_str(e->x->type));
    }
    LLVMValueRef lo = e->lo ? cg_expr(cg, e->lo) : cg_i64(cg, 0);
    LLVMValueRef hi = e->hi ? cg_expr(cg, e->hi) : len;
    LLVMValueRef max = e->max ? cg_expr(cg, e->max) : cap;
    if (e->slice3) {
        slice_check(cg, max, cap, 3);
        slice_check(cg, hi, max, 4);
        slice_check(cg, lo, hi, 5);
    } else {
        slice_check(cg, hi, t->kind == TYPE_SLICE ? cap : len, t->kind == TYPE_SLICE ? 1 : 0);
        slice_check(cg, lo, hi, 2);
    }
    LLVMValueRef n = LLVMBuildSub(cg->b, hi, lo, "len");
    LLVMValueRef c = t->kind == TYPE_STRING ? n : LLVMBuildSub(cg->b, max, lo, "cap");
    // As gc does, an empty result keeps the base pointer rather than one
    // past the end of the array, which could keep the next object alive.
    LLVMValueRef empty = LLVMBuildICmp(cg->b, LLVMIntEQ, c, cg_i64(cg, 0), "");
    LLVMValueRef off = LLVMBuildSelect(cg->b, empty, cg_i64(cg, 0), lo, "");
    LLVMValueRef p = LLVMBuildGEP2(cg->b, et, ptr, &off, 1, "sliceptr");
    if (t->kind == TYPE_STRING)
        return make_str(cg, p, n);
    return cg_make_slice(cg, p, n, c);
}
