// stmt.c: statements -- assignments, control flow, loops, switches.
//
// Blocks are named after their role (if.then, for.cond, range.body,
// switch.case, ...).  A statement after a terminator (return, break, a call
// that panics) lands in a fresh block without predecessors, which LLVM drops.
// Loops push a CgJump so break/continue find their blocks via Stmt.target.
//
// Go 1.22 loop variables: each iteration of `for i := ...` has its own i.
// When i has an allocation site (a closure or pointer may keep it), the post
// block copies it into fresh memory before the post statement runs, so the
// previous iteration keeps its own copy (spec: For statements with for clause):
//   for.post:
//     %i.old = load ptr, ptr %i.addr
//     %i = call ptr @gc_alloc(i64 8, ptr null)
//     store i64 (load %i.old), ptr %i ; store ptr %i, ptr %i.addr
//     ... i++ ...
#include <string.h>

#include "cg.h"

static void push_jump(Cg *cg, Stmt *s, LLVMBasicBlockRef brk, LLVMBasicBlockRef cont) {
    if (cg->njumps >= (int)(sizeof cg->jumps / sizeof cg->jumps[0]))
        cg_fail(cg, s->pos, "statements nested too deeply");
    cg->jumps[cg->njumps++] = (CgJump){s, brk, cont};
}

static void br_to(Cg *cg, LLVMBasicBlockRef bb) {
    if (!cg_terminated(cg))
        LLVMBuildBr(cg->b, bb);
}

// ---------------------------------------------------------------- assignments

static bool is_blank(Expr *e) {
    e = cg_unparen(e);
    return e->kind == EXPR_IDENT && !e->obj && e->name && e->name[0] == '_' && !e->name[1];
}

// Evaluates the right-hand sides into vals (n of them).  The elements of a
// multi-value rhs carry no conversions of their own (invariant 3 cannot wrap
// them), so one going to an interface is boxed here; dst[i] may be NULL.
static void eval_rhs(Cg *cg, Vec *rhs, int n, LLVMValueRef *vals, Pos pos, Type **dst) {
    if (rhs->len == n) {
        for (int i = 0; i < n; i++)
            vals[i] = cg_expr(cg, VEC_AT(*rhs, i));
        return;
    }
    if (rhs->len != 1)
        cg_fail(cg, pos, "assignment count mismatch");
    Expr *r = VEC_AT(*rhs, 0);
    LLVMValueRef t = cg_expr(cg, r);
    for (int i = 0; i < n; i++) {
        vals[i] = LLVMBuildExtractValue(cg->b, t, (unsigned)i, "");
        Type *from = r->type && r->type->kind == TYPE_TUPLE && i < r->type->nresults
                         ? r->type->results[i] : NULL;
        if (from && dst && dst[i])
            vals[i] = cg_assign_conv(cg, vals[i], from, dst[i]);
    }
}

static bool declares(Expr *id) {
    Obj *o = id->obj;
    return o && o->pos.line == id->pos.line && o->pos.col == id->pos.col && o->pos.file == id->pos.file;
}

static void assign_plain(Cg *cg, Stmt *s) {
    int n = s->lhs.len;
    if (n > 32)
        cg_fail(cg, s->pos, "too many assignments");
    LLVMValueRef addrs[32], vals[32];
    CgMapSlot ms[32];
    bool is_map[32] = {0};
    bool define = s->op == TOK_DEFINE;
    Type *dst[32];
    cg_hoist_list(cg, &s->lhs, true);
    cg_hoist_list(cg, &s->rhs, false);
    for (int i = 0; i < n; i++) {
        Expr *l = cg_unparen(VEC_AT(s->lhs, i));
        addrs[i] = NULL;
        dst[i] = l->obj && l->obj->kind == OBJ_VAR ? l->obj->type : is_blank(l) ? NULL : l->type;
        if (is_blank(l) || (define && declares(l)) || (define && !l->obj))
            continue;
        if ((is_map[i] = cg_map_lhs(cg, l, &ms[i])))
            continue;
        addrs[i] = cg_addr(cg, l);
    }
    eval_rhs(cg, &s->rhs, n, vals, s->pos, dst);
    for (int i = 0; i < n; i++) {
        Expr *l = cg_unparen(VEC_AT(s->lhs, i));
        if (is_map[i])
            cg_map_store(cg, &ms[i], vals[i]);
        else if (addrs[i])
            cg_store(cg, addrs[i], vals[i]);
        else if (define && l->obj && declares(l))
            cg_declare(cg, l->obj, vals[i]);
    }
}

static int binary_op(int op) {
    switch (op) {
    case TOK_ADD_ASSIGN: return TOK_ADD;
    case TOK_SUB_ASSIGN: return TOK_SUB;
    case TOK_MUL_ASSIGN: return TOK_MUL;
    case TOK_QUO_ASSIGN: return TOK_QUO;
    case TOK_REM_ASSIGN: return TOK_REM;
    case TOK_AND_ASSIGN: return TOK_AND;
    case TOK_OR_ASSIGN: return TOK_OR;
    case TOK_XOR_ASSIGN: return TOK_XOR;
    case TOK_SHL_ASSIGN: return TOK_SHL;
    case TOK_SHR_ASSIGN: return TOK_SHR;
    default: return TOK_AND_NOT;
    }
}

static Site *concat_site(Stmt *s, Expr *l, Expr *r) {
    if (r->site && r->site->kind == SITE_CONCAT)
        return r->site;
    if (l->site && l->site->kind == SITE_CONCAT)
        return l->site;
    return NULL;
}

// x op= y: x's address is computed once.
static void assign_op(Cg *cg, Stmt *s) {
    Expr *l = VEC_AT(s->lhs, 0), *r = VEC_AT(s->rhs, 0);
    int op = binary_op(s->op);
    cg_hoist(cg, l, true);
    cg_hoist(cg, r, false);
    CgMapSlot ms;
    bool is_map = cg_map_lhs(cg, l, &ms);  // m[k] op= y: k, then y, then the slot
    LLVMValueRef addr = is_map ? NULL : cg_addr(cg, l);
    LLVMValueRef old = is_map ? NULL : cg_load(cg, l->type, addr, "");
    LLVMValueRef y = cg_expr(cg, r);
    if (is_map) {
        addr = cg_map_slot_addr(cg, &ms);
        old = cg_load(cg, l->type, addr, "");
    }
    LLVMValueRef v;
    if (op == TOK_SHL || op == TOK_SHR)
        v = cg_shift(cg, op, l->type, old, r->type, y);
    else if (type_is_string(l->type))
        v = cg_str_concat(cg, old, y, concat_site(s, l, r));
    else
        v = cg_arith(cg, op, l->type, old, y, NULL);
    cg_store(cg, addr, v);
}

static void incdec(Cg *cg, Stmt *s) {
    cg_hoist(cg, s->x, true);
    LLVMValueRef addr = cg_addr(cg, s->x);
    LLVMValueRef old = cg_load(cg, s->x->type, addr, "");
    ConstVal c1 = {.kind = CONST_INT, .i = 1};
    LLVMValueRef one = type_is_integer(s->x->type) ? LLVMConstInt(LLVMTypeOf(old), 1, 0)
                                                   : cg_const(cg, &c1, s->x->type);
    int op = s->op == TOK_INC ? TOK_ADD : TOK_SUB;
    cg_store(cg, addr, cg_arith(cg, op, s->x->type, old, one, NULL));
}

static void var_decl(Cg *cg, Decl *d) {
    if (d->kind != DECL_VAR)
        return;
    for (int k = 0; k < d->specs.len; k++) {
        Spec *sp = VEC_AT(d->specs, k);
        int n = sp->names.len;
        if (n > 32)
            cg_fail(cg, sp->pos, "too many variables");
        LLVMValueRef vals[32] = {0};
        Type *dst[32];
        for (int i = 0; i < n; i++) {
            Expr *id = VEC_AT(sp->names, i);
            dst[i] = id->obj ? id->obj->type : NULL;
        }
        cg_hoist_list(cg, &sp->values, true);
        if (sp->values.len > 0)
            eval_rhs(cg, &sp->values, n, vals, sp->pos, dst);
        for (int i = 0; i < n; i++) {
            Expr *id = VEC_AT(sp->names, i);
            if (id->obj)
                cg_declare(cg, id->obj, vals[i]);
        }
    }
}

// ---------------------------------------------------------------- return, break, continue

static void ret(Cg *cg, Stmt *s) {
    Func *f = cg->fn;
    if (!f)
        cg_fail(cg, s->pos, "return outside a function");
    int n = f->sig->nresults;
    if (n == 0 && cg->defer) {
        cg_defer_ret(cg, NULL, 0);
        return;
    }
    if (n == 0) {
        LLVMBuildRetVoid(cg->b);
        return;
    }
    LLVMValueRef vals[32];
    if (n > 32)
        cg_fail(cg, s->pos, "too many results");
    if (s->rhs.len == 0) {
        for (int i = 0; i < n; i++) {
            Obj *r = VEC_AT(f->results, i);
            vals[i] = cg_load(cg, r->type, cg_var_addr(cg, r), r->name);
        }
    } else {
        cg_hoist_list(cg, &s->rhs, true);
        eval_rhs(cg, &s->rhs, n, vals, s->pos, type_under(f->sig)->results);
    }
    if (cg->defer) {
        cg_defer_ret(cg, vals, n);
        return;
    }
    for (int i = 0; i < n; i++)
        vals[i] = cg_big_to_aggregate(cg, vals[i]);
    if (n == 1) {
        LLVMBuildRet(cg->b, vals[0]);
        return;
    }
    LLVMTypeRef rt = cg_result_type(cg, f->sig);
    LLVMValueRef agg = LLVMGetUndef(rt);
    for (int i = 0; i < n; i++)
        agg = LLVMBuildInsertValue(cg->b, agg, vals[i], (unsigned)i, "");
    LLVMBuildRet(cg->b, agg);
}

static void jump(Cg *cg, Stmt *s, bool is_break) {
    for (int i = cg->njumps - 1; i >= 0; i--) {
        CgJump *j = &cg->jumps[i];
        LLVMBasicBlockRef bb = is_break ? j->brk : j->cont;
        if (!bb || (s->target && j->stmt != s->target))
            continue;
        LLVMBuildBr(cg->b, bb);
        return;
    }
    cg_fail(cg, s->pos, "%s without a target", is_break ? "break" : "continue");
}

// ---------------------------------------------------------------- if and for

static void if_stmt(Cg *cg, Stmt *s) {
    if (s->init)
        cg_stmt(cg, s->init);
    cg_hoist(cg, s->cond, true);
    LLVMValueRef c = cg_expr(cg, s->cond);
    LLVMBasicBlockRef then = cg_block(cg, "if.then");
    LLVMBasicBlockRef els = s->else_ ? cg_block(cg, "if.else") : NULL;
    LLVMBasicBlockRef end = cg_block(cg, "if.end");
    LLVMBuildCondBr(cg->b, c, then, els ? els : end);
    cg_set_block(cg, then);
    cg_block_stmts(cg, s->body);
    br_to(cg, end);
    if (els) {
        cg_set_block(cg, els);
        cg_stmt(cg, s->else_);
        br_to(cg, end);
    }
    cg_set_block(cg, end);
}

// Gives each boxed loop variable of init fresh memory holding its current value.
static void renew_loop_vars(Cg *cg, Stmt *init) {
    if (!init || init->kind != STMT_ASSIGN || init->op != TOK_DEFINE)
        return;
    for (int i = 0; i < init->lhs.len; i++) {
        Expr *l = cg_unparen(VEC_AT(init->lhs, i));
        Obj *o = l->obj;
        if (!o || !o->site)
            continue;
        CgVar *v = cg_var(cg, o);
        LLVMValueRef old = LLVMBuildLoad2(cg->b, cg->t_ptr, v->slot, "old");
        LLVMValueRef val = cg_load(cg, o->type, old, o->name);
        LLVMValueRef mem = cg_alloc_site(cg, o->site, NULL);
        cg_store(cg, mem, val);
        LLVMBuildStore(cg->b, mem, v->slot);
    }
}

static void for_stmt(Cg *cg, Stmt *s) {
    if (s->init)
        cg_stmt(cg, s->init);
    LLVMBasicBlockRef cond = cg_block(cg, "for.cond"), body = cg_block(cg, "for.body");
    LLVMBasicBlockRef post = cg_block(cg, "for.post"), end = cg_block(cg, "for.end");
    LLVMBuildBr(cg->b, cond);
    cg_set_block(cg, cond);
    cg_hoist(cg, s->cond, true);
    if (s->cond)
        LLVMBuildCondBr(cg->b, cg_expr(cg, s->cond), body, end);
    else
        LLVMBuildBr(cg->b, body);
    cg_set_block(cg, body);
    push_jump(cg, s, end, post);
    cg_block_stmts(cg, s->body);
    cg->njumps--;
    br_to(cg, post);
    cg_set_block(cg, post);
    renew_loop_vars(cg, s->init);
    if (s->post)
        cg_stmt(cg, s->post);
    br_to(cg, cond);
    cg_set_block(cg, end);
}

// ---------------------------------------------------------------- range

typedef struct RangeState {
    Type *xt;               // the ranged type (under)
    LLVMValueRef base;      // element pointer base (slice/array), string ptr
    LLVMValueRef len;       // iteration bound
    LLVMValueRef idx;       // slot of the hidden counter
    LLVMValueRef next;      // strings: slot of the next index
    LLVMTypeRef ctype;      // counter type
    Type *elem;
} RangeState;

static bool range_uses_value(Stmt *s) {
    if (s->define)
        return s->value_var != NULL;
    return s->value && !is_blank(s->value);
}

static void range_setup(Cg *cg, Stmt *s, RangeState *r) {
    Type *t = type_under(s->x->type);
    r->xt = t;
    r->ctype = cg->t_i64;
    bool need_val = range_uses_value(s);
    if (type_is_integer(t)) {
        r->len = cg_expr(cg, s->x);
        r->ctype = LLVMTypeOf(r->len);
    } else if (t->kind == TYPE_SLICE || t->kind == TYPE_STRING) {
        LLVMValueRef v = cg_expr(cg, s->x);
        r->base = LLVMBuildExtractValue(cg->b, v, 0, "range.ptr");
        r->len = LLVMBuildExtractValue(cg->b, v, 1, "range.len");
        r->elem = t->kind == TYPE_SLICE ? t->elem : type_int32;
    } else if (t->kind == TYPE_ARRAY) {
        r->len = cg_i64(cg, t->len);
        r->elem = t->elem;
        if (need_val)
            r->base = cg_spill(cg, cg_expr(cg, s->x), "range.copy");
    } else if (t->kind == TYPE_POINTER && type_under(t->elem)->kind == TYPE_ARRAY) {
        Type *at = type_under(t->elem);
        r->len = cg_i64(cg, at->len);
        r->elem = at->elem;
        if (need_val) {
            r->base = cg_expr(cg, s->x);
            cg_nil_check(cg, r->base);
        }
    } else {
        cg_fail(cg, s->pos, "range over %s not supported", type_str(s->x->type));
    }
    r->idx = cg_entry_alloca(cg, r->ctype, "range.i");
    LLVMBuildStore(cg->b, LLVMConstNull(r->ctype), r->idx);
    if (t->kind == TYPE_STRING)
        r->next = cg_entry_alloca(cg, cg->t_i64, "range.next");
}

static void range_bind(Cg *cg, Stmt *s, Obj *var, Expr *target, LLVMValueRef v, Type *vt) {
    if (s->define) {
        if (var)
            cg_declare(cg, var, cg_num_convert(cg, v, vt, var->type));
        return;
    }
    if (target && !is_blank(target))
        cg_store(cg, cg_addr(cg, target), cg_num_convert(cg, v, vt, target->type));
}

static void range_element(Cg *cg, Stmt *s, RangeState *r, LLVMValueRef i) {
    LLVMValueRef v = NULL;
    if (r->xt->kind == TYPE_STRING) {
        LLVMValueRef args[] = {r->base, r->len, i, r->next};
        v = cg_rt_call(cg, "rt_decoderune", args, 4, "rune");
    } else if (range_uses_value(s) && r->base) {
        LLVMTypeRef et = cg_type(cg, r->elem);
        LLVMValueRef p = LLVMBuildGEP2(cg->b, et, r->base, &i, 1, "elem");
        v = cg_load(cg, r->elem, p, "elem");
    }
    Type *kt = type_is_integer(r->xt) ? s->x->type : type_int;
    range_bind(cg, s, s->key_var, s->key, i, kt);
    if (v)
        range_bind(cg, s, s->value_var, s->value, v, r->elem);
}

static void range_stmt(Cg *cg, Stmt *s) {
    RangeState r = {0};
    if (type_under(s->x->type)->kind == TYPE_MAP) {
        cg_map_range(cg, s);
        return;
    }
    cg_hoist(cg, s->x, true);
    range_setup(cg, s, &r);
    LLVMBasicBlockRef cond = cg_block(cg, "range.cond"), body = cg_block(cg, "range.body");
    LLVMBasicBlockRef post = cg_block(cg, "range.post"), end = cg_block(cg, "range.end");
    LLVMBuildBr(cg->b, cond);
    cg_set_block(cg, cond);
    LLVMValueRef i = LLVMBuildLoad2(cg->b, r.ctype, r.idx, "i");
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, i, r.len, ""), body, end);
    cg_set_block(cg, body);
    range_element(cg, s, &r, i);
    push_jump(cg, s, end, post);
    cg_block_stmts(cg, s->body);
    cg->njumps--;
    br_to(cg, post);
    cg_set_block(cg, post);
    LLVMValueRef iv = LLVMBuildLoad2(cg->b, r.ctype, r.idx, "i");
    LLVMValueRef nx = r.next ? LLVMBuildLoad2(cg->b, cg->t_i64, r.next, "next")
                             : LLVMBuildAdd(cg->b, iv, LLVMConstInt(r.ctype, 1, 0), "inc");
    LLVMBuildStore(cg->b, nx, r.idx);
    LLVMBuildBr(cg->b, cond);
    cg_set_block(cg, end);
}

// ---------------------------------------------------------------- switch

// Lowers the clause bodies; tests have branched into bbs[i].
static void switch_bodies(Cg *cg, Stmt *s, LLVMBasicBlockRef *bbs, LLVMBasicBlockRef end,
                          LLVMValueRef iv) {
    push_jump(cg, s, end, NULL);
    for (int i = 0; i < s->clauses.len; i++) {
        CaseClause *c = VEC_AT(s->clauses, i);
        cg_set_block(cg, bbs[i]);
        if (c->tswitch_var) {
            Type *vt = c->tswitch_var->type;
            LLVMValueRef v = iv;
            if (!type_is_interface(vt)) {
                LLVMValueRef data = LLVMBuildExtractValue(cg->b, iv, 1, "data");
                v = cg_pointer_shaped(vt) ? data : cg_load(cg, vt, data, "unbox");
            }
            cg_declare(cg, c->tswitch_var, v);
        }
        LLVMBasicBlockRef ft = i + 1 < s->clauses.len ? bbs[i + 1] : end;
        LLVMBasicBlockRef *saved = cg->fallthrough_to;
        cg->fallthrough_to = &ft;
        cg_stmt_list(cg, &c->body);
        cg->fallthrough_to = saved;
        br_to(cg, end);
    }
    cg->njumps--;
}

static LLVMValueRef type_case(Cg *cg, Expr *e, LLVMValueRef tw) {
    Expr *x = cg_unparen(e);
    if (x->kind == EXPR_IDENT && x->obj && x->obj->kind == OBJ_NIL)
        return LLVMBuildICmp(cg->b, LLVMIntEQ, tw, LLVMConstNull(cg->t_ptr), "isnil");
    Type *t = x->type;
    if (type_is_interface(t))
        return cg_iface_implements(cg, tw, t);  // iface.c
    return LLVMBuildICmp(cg->b, LLVMIntEQ, tw, cg_typedesc(cg, t), "istype");
}

// The tests, in source order; default (if any) when none matches.
static void switch_tests(Cg *cg, Stmt *s, LLVMBasicBlockRef *bbs, LLVMBasicBlockRef end,
                         LLVMValueRef tag, LLVMValueRef tw) {
    LLVMBasicBlockRef dflt = end;
    for (int i = 0; i < s->clauses.len; i++) {
        CaseClause *c = VEC_AT(s->clauses, i);
        if (c->is_default)
            dflt = bbs[i];
        for (int k = 0; k < c->exprs.len; k++) {
            Expr *e = VEC_AT(c->exprs, k);
            LLVMValueRef cond;
            if (tw)
                cond = type_case(cg, e, tw);
            else if (!tag)
                cond = cg_expr(cg, e);
            else
                cond = cg_equal(cg, s->x->type, tag, cg_expr(cg, e));
            LLVMBasicBlockRef next = cg_block(cg, "switch.next");
            LLVMBuildCondBr(cg->b, cond, bbs[i], next);
            cg_set_block(cg, next);
        }
    }
    LLVMBuildBr(cg->b, dflt);
}

static void switch_stmt(Cg *cg, Stmt *s) {
    if (s->init)
        cg_stmt(cg, s->init);
    LLVMValueRef tag = NULL, tw = NULL, iv = NULL;
    if (s->kind == STMT_TYPE_SWITCH) {
        Stmt *a = s->assign;
        Expr *ta = !a ? NULL : a->kind == STMT_ASSIGN && a->rhs.len ? VEC_AT(a->rhs, 0) : a->x;
        ta = cg_unparen(ta);
        if (!ta)
            cg_fail(cg, s->pos, "type switch without a guard");
        iv = cg_expr(cg, ta->kind == EXPR_TYPE_ASSERT ? ta->x : ta);
        tw = LLVMBuildExtractValue(cg->b, iv, 0, "itype");
    } else if (s->x) {
        cg_hoist(cg, s->x, true);
        tag = cg_expr(cg, s->x);
    }
    int n = s->clauses.len;
    LLVMBasicBlockRef *bbs = arena_alloc(sizeof(LLVMBasicBlockRef) * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        bbs[i] = cg_block(cg, "switch.case");
    LLVMBasicBlockRef end = cg_block(cg, "switch.end");
    switch_tests(cg, s, bbs, end, tag, tw);
    switch_bodies(cg, s, bbs, end, iv);
    cg_set_block(cg, end);
}

// ---------------------------------------------------------------- labels and goto

// The block a label names, made on first mention (a goto may precede it).
static LLVMBasicBlockRef label_block(Cg *cg, const char *name, Pos pos) {
    for (int i = 0; i < cg->nlabels; i++)
        if (strcmp(cg->label_names[i], name) == 0)
            return cg->label_bbs[i];
    if (cg->nlabels >= 64)
        cg_fail(cg, pos, "too many labels");
    cg->label_names[cg->nlabels] = name;
    return cg->label_bbs[cg->nlabels++] = cg_block(cg, name);
}

static void labeled(Cg *cg, Stmt *s) {
    LLVMBasicBlockRef bb = label_block(cg, s->label, s->pos);
    br_to(cg, bb);
    cg_set_block(cg, bb);
    cg_stmt(cg, s->stmt);
}

// ---------------------------------------------------------------- dispatch

void cg_stmt_list(Cg *cg, Vec *stmts) {
    for (int i = 0; i < stmts->len; i++)
        cg_stmt(cg, VEC_AT(*stmts, i));
}

void cg_block_stmts(Cg *cg, Block *b) {
    if (b)
        cg_stmt_list(cg, &b->stmts);
}

static void assign(Cg *cg, Stmt *s) {
    if (s->op == TOK_ASSIGN || s->op == TOK_DEFINE)
        assign_plain(cg, s);
    else
        assign_op(cg, s);
}

void cg_stmt(Cg *cg, Stmt *s) {
    if (!s)
        return;
    if (cg_terminated(cg))
        cg_set_block(cg, cg_block(cg, "dead"));
    switch (s->kind) {
    case STMT_EMPTY: return;
    case STMT_DECL: var_decl(cg, s->decl); return;
    case STMT_LABELED: labeled(cg, s); return;
    case STMT_GOTO: LLVMBuildBr(cg->b, label_block(cg, s->label, s->pos)); return;
    case STMT_EXPR:
        cg_hoist(cg, s->x, true);
        cg_expr(cg, s->x);
        return;
    case STMT_INCDEC: incdec(cg, s); return;
    case STMT_ASSIGN: assign(cg, s); return;
    case STMT_RETURN: ret(cg, s); return;
    case STMT_DEFER: cg_defer_stmt(cg, s); return;
    case STMT_BREAK: jump(cg, s, true); return;
    case STMT_CONTINUE: jump(cg, s, false); return;
    case STMT_BLOCK: cg_block_stmts(cg, s->body); return;
    case STMT_IF: if_stmt(cg, s); return;
    case STMT_FOR: for_stmt(cg, s); return;
    case STMT_RANGE: range_stmt(cg, s); return;
    case STMT_SWITCH:
    case STMT_TYPE_SWITCH: switch_stmt(cg, s); return;
    case STMT_FALLTHROUGH:
        if (!cg->fallthrough_to)
            cg_fail(cg, s->pos, "fallthrough outside a switch clause");
        LLVMBuildBr(cg->b, *cg->fallthrough_to);
        return;
    default: cg_fail(cg, s->pos, "statement kind %d not supported", s->kind);
    }
}
