// map.c: maps -- index, comma-ok, assignment, literals, make, len, delete,
// clear and range -- lowered to the runtime's hash map (runtime/gosub_rt.h,
// "map.c", which spells out each lowering).  A map value is one pointer (NULL:
// the nil map); keys and values cross into C by address, keys through an
// entry-block slot:
//     v, ok := m[k]
//   becomes
//     store i64 %k, ptr %map.key
//     %p = call ptr @rt_mapaccess2(ptr @"type:map[int]string", ptr %m, ptr %map.key, ptr %map.ok)
//     %v = load { ptr, i64 }, ptr %p
//     %ok = load i8, ptr %map.ok  (!= 0)
// An assignment m[k] = v evaluates m and k (cg_map_lhs), then v, and only
// then asks rt_mapassign for the slot, so `ids[s] = len(ids)` sees the map
// before the insertion, as gc orders it.
#include "cg.h"
#include "gosub_rt.h"

static LLVMTypeRef ptr_params[4];

// Calls the runtime function name(ptr...) with result type ret.
static LLVMValueRef rt(Cg *cg, const char *name, LLVMTypeRef ret, LLVMValueRef *args, int n, const char *v) {
    for (int i = 0; i < 4; i++)
        ptr_params[i] = cg->t_ptr;
    return cg_intrinsic(cg, name, ret, ptr_params, n, args, v);
}

// The key's address: a fresh entry-block slot holding k.
static LLVMValueRef key_slot(Cg *cg, Type *kt, LLVMValueRef k) {
    LLVMValueRef slot = cg_entry_alloca(cg, cg_type(cg, kt), "map.key");
    cg_store(cg, slot, k);
    return slot;
}

static Type *map_type(Expr *m) {
    return m->type;
}

// ---------------------------------------------------------------- reads

LLVMValueRef cg_map_index(Cg *cg, Expr *e) {
    Type *mt = map_type(e->x), *u = type_under(mt);
    LLVMValueRef m = cg_expr(cg, e->x);
    LLVMValueRef k = key_slot(cg, u->key, cg_expr(cg, e->index));
    LLVMValueRef desc = cg_typedesc(cg, mt);
    if (e->type && e->type->kind == TYPE_TUPLE) {
        LLVMValueRef okp = cg_entry_alloca(cg, cg->t_i8, "map.ok");
        LLVMValueRef args[] = {desc, m, k, okp};
        LLVMValueRef p = rt(cg, "rt_mapaccess2", cg->t_ptr, args, 4, "elem.p");
        LLVMValueRef v = cg_big_to_aggregate(cg, cg_load(cg, u->elem, p, "elem"));
        LLVMValueRef ok = LLVMBuildICmp(cg->b, LLVMIntNE, LLVMBuildLoad2(cg->b, cg->t_i8, okp, ""),
                                        LLVMConstInt(cg->t_i8, 0, 0), "ok");
        LLVMValueRef pair = LLVMGetUndef(cg_type(cg, e->type));
        pair = LLVMBuildInsertValue(cg->b, pair, v, 0, "");
        return LLVMBuildInsertValue(cg->b, pair, ok, 1, "");
    }
    LLVMValueRef args[] = {desc, m, k};
    LLVMValueRef p = rt(cg, "rt_mapaccess1", cg->t_ptr, args, 3, "elem.p");
    return cg_load(cg, u->elem, p, "elem");
}

LLVMValueRef cg_map_len(Cg *cg, LLVMValueRef m) {
    return rt(cg, "rt_maplen", cg->t_i64, &m, 1, "len");
}

// ---------------------------------------------------------------- writes

bool cg_map_lhs(Cg *cg, Expr *l, CgMapSlot *out) {
    l = cg_unparen(l);
    if (l->kind != EXPR_INDEX || !l->x->type || type_under(l->x->type)->kind != TYPE_MAP)
        return false;
    out->mt = map_type(l->x);
    out->m = cg_expr(cg, l->x);
    out->key = key_slot(cg, type_under(out->mt)->key, cg_expr(cg, l->index));
    return true;
}

LLVMValueRef cg_map_slot_addr(Cg *cg, CgMapSlot *s) {
    LLVMValueRef args[] = {cg_typedesc(cg, s->mt), s->m, s->key};
    return rt(cg, "rt_mapassign", cg->t_ptr, args, 3, "slot");
}

void cg_map_store(Cg *cg, CgMapSlot *s, LLVMValueRef v) {
    cg_store(cg, cg_map_slot_addr(cg, s), v);
}

// m[k] as the operand of ++, --: its slot, created if absent.
LLVMValueRef cg_map_assign_addr(Cg *cg, Expr *e) {
    CgMapSlot s;
    if (!cg_map_lhs(cg, e, &s))
        cg_fail(cg, e->pos, "not a map index");
    return cg_map_slot_addr(cg, &s);
}

void cg_map_delete(Cg *cg, Expr *e) {
    Expr *me = VEC_AT(e->args, 0), *ke = VEC_AT(e->args, 1);
    LLVMValueRef m = cg_expr(cg, me);
    LLVMValueRef k = key_slot(cg, type_under(me->type)->key, cg_expr(cg, ke));
    LLVMValueRef args[] = {cg_typedesc(cg, me->type), m, k};
    rt(cg, "rt_mapdelete", cg->t_void, args, 3, "");
}

void cg_map_clear(Cg *cg, Expr *me) {
    LLVMValueRef args[] = {cg_typedesc(cg, me->type), cg_expr(cg, me)};
    rt(cg, "rt_mapclear", cg->t_void, args, 2, "");
}

// ---------------------------------------------------------------- make and literals

static LLVMValueRef makemap(Cg *cg, Type *mt, LLVMValueRef hint) {
    LLVMTypeRef ps[2] = {cg->t_ptr, cg->t_i64};
    LLVMValueRef args[] = {cg_typedesc(cg, mt), hint};
    return cg_intrinsic(cg, "rt_makemap", cg->t_ptr, ps, 2, args, "map");
}

LLVMValueRef cg_make_map(Cg *cg, Expr *e) {
    Expr *te = VEC_AT(e->args, 0);
    LLVMValueRef hint = e->args.len > 1 ? cg_expr(cg, VEC_AT(e->args, 1)) : cg_i64(cg, 0);
    return makemap(cg, te->type, hint);
}

LLVMValueRef cg_map_lit(Cg *cg, Expr *e) {
    Type *u = type_under(e->type);
    LLVMValueRef m = makemap(cg, e->type, cg_i64(cg, e->elts.len));
    for (int i = 0; i < e->elts.len; i++) {
        Expr *kv = VEC_AT(e->elts, i);
        CgMapSlot s = {e->type, m, key_slot(cg, u->key, cg_expr(cg, kv->key))};
        LLVMValueRef v = cg_expr(cg, kv->value);
        cg_map_store(cg, &s, v);
    }
    return m;
}

// ---------------------------------------------------------------- range

static bool is_blank(Expr *e) {
    e = e ? cg_unparen(e) : NULL;
    return !e || (e->kind == EXPR_IDENT && !e->obj && e->name && e->name[0] == '_' && !e->name[1]);
}

static void bind(Cg *cg, Stmt *s, Obj *var, Expr *target, Type *t, LLVMValueRef p) {
    if (s->define) {
        if (var)
            cg_declare(cg, var, cg_load(cg, t, p, var->name));
        return;
    }
    if (is_blank(target))
        return;
    LLVMValueRef v = cg_load(cg, t, p, "");
    CgMapSlot ms;
    if (cg_map_lhs(cg, target, &ms))
        cg_map_store(cg, &ms, v);
    else
        cg_store(cg, cg_addr(cg, target), v);
}

void cg_map_range(Cg *cg, Stmt *s) {
    Type *mt = s->x->type, *u = type_under(mt);
    cg_hoist(cg, s->x, true);
    LLVMValueRef m = cg_expr(cg, s->x);
    LLVMValueRef it = cg_entry_alloca(cg, LLVMArrayType2(cg->t_i64, GO_MAPITER_WORDS), "map.iter");
    LLVMValueRef args[] = {cg_typedesc(cg, mt), m, it};
    rt(cg, "rt_mapiterinit", cg->t_void, args, 3, "");
    LLVMBasicBlockRef cond = cg_block(cg, "maprange.cond"), body = cg_block(cg, "maprange.body");
    LLVMBasicBlockRef post = cg_block(cg, "maprange.post"), end = cg_block(cg, "maprange.end");
    LLVMBuildBr(cg->b, cond);
    cg_set_block(cg, cond);
    LLVMValueRef kp = LLVMBuildLoad2(cg->b, cg->t_ptr, it, "key.p");
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntEQ, kp, LLVMConstNull(cg->t_ptr), "done"), end, body);
    cg_set_block(cg, body);
    LLVMValueRef one = cg_i64(cg, 1);
    LLVMValueRef ep = LLVMBuildLoad2(cg->b, cg->t_ptr, LLVMBuildGEP2(cg->b, cg->t_i64, it, &one, 1, ""), "elem.p");
    bind(cg, s, s->key_var, s->key, u->key, kp);
    bool want_value = s->define ? s->value_var != NULL : !is_blank(s->value);
    if (want_value)
        bind(cg, s, s->value_var, s->value, u->elem, ep);
    if (cg->njumps >= (int)(sizeof cg->jumps / sizeof cg->jumps[0]))
        cg_fail(cg, s->pos, "statements nested too deeply");
    cg->jumps[cg->njumps++] = (CgJump){s, end, post};
    cg_block_stmts(cg, s->body);
    cg->njumps--;
    if (!cg_terminated(cg))
        LLVMBuildBr(cg->b, post);
    cg_set_block(cg, post);
    rt(cg, "rt_mapiternext", cg->t_void, &it, 1, "");
    LLVMBuildBr(cg->b, cond);
    cg_set_block(cg, end);
}
