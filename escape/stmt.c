// stmt.c: statements -- walking a function body.
//
// Loop depth: a function body is at depth 1; each for/range body, and each
// label a later goto jumps back to, adds one.  A location remembers the depth
// at its declaration; an address stored into a location of smaller depth
// outlives the iteration that took it (solve.c, esc_outlives).  Control flow
// otherwise does not matter, except that branches gc removes as dead code
// (if false {...}) are not walked.
#include "esc.h"

#include <string.h>

static void stmt(Esc *e, Stmt *s);
static void stmts(Esc *e, Vec *list);

// ---------------------------------------------------------------- statements

static void block(Esc *e, Block *b) {
    if (!b)
        return;
    int depth = e->loop_depth;
    stmts(e, &b->stmts);
    e->loop_depth = depth;
}

static void stmts(Esc *e, Vec *list) {
    for (int i = 0; i < list->len; i++)
        stmt(e, VEC_AT(*list, i));
}

static void stmt_list_block(Esc *e, Vec *list) {
    int depth = e->loop_depth;
    stmts(e, list);
    e->loop_depth = depth;
}

static bool is_const_bool(Expr *x, bool want) {
    x = esc_unparen(x);
    return x && x->is_const && x->cval.kind == CONST_BOOL && x->cval.b == want;
}

// gc removes dead branches (if false {...}) before escape analysis.
static void if_stmt(Esc *e, Stmt *s) {
    int depth = e->loop_depth;
    stmt(e, s->init);
    esc_discard(e, s->cond);
    if (!is_const_bool(s->cond, false))
        block(e, s->body);
    if (s->else_ && !is_const_bool(s->cond, true))
        stmt(e, s->else_);
    e->loop_depth = depth;
}

// A for clause's loop variable whose address is taken or that a closure
// captures by reference is a fresh variable each iteration (Go 1.22): gc
// declares the per-iteration copy inside the loop.
static void for_init_vars(Esc *e, Stmt *init) {
    if (!init || init->kind != STMT_ASSIGN || init->op != TOK_DEFINE)
        return;
    for (int i = 0; i < init->lhs.len; i++) {
        Expr *id = VEC_AT(init->lhs, i);
        if (id && id->obj && esc_declared_here(id) && (id->obj->addr_taken || id->obj->site))
            esc_dcl(e, id->obj);
    }
}

static void for_stmt(Esc *e, Stmt *s) {
    int depth = e->loop_depth;
    stmt(e, s->init);
    e->loop_depth++;
    for_init_vars(e, s->init);
    esc_discard(e, s->cond);
    stmt(e, s->post);
    block(e, s->body);
    e->loop_depth = depth;
}

static void range_stmt(Esc *e, Stmt *s) {
    int depth = e->loop_depth;
    Loc *tmp = esc_new_loc(e, NULL, NULL, true);  // x persists until the loop ends
    esc_expr(e, esc_hole(tmp), s->x);
    e->loop_depth++;
    Hole kv;
    if (s->define) {
        if (s->key_var)
            esc_dcl(e, s->key_var);
        if (s->value_var)
            esc_dcl(e, s->value_var);
        kv = s->value_var ? esc_hole(esc_local_loc(e, s->value_var)) : esc_discard_hole(e);
    } else {
        esc_addr(e, s->key).dst->reassigned = true;
        kv = esc_addr(e, s->value);
        kv.dst->reassigned = true;
    }
    if (s->key_var)
        esc_local_loc(e, s->key_var)->reassigned = true;
    if (s->value_var)
        esc_local_loc(e, s->value_var)->reassigned = true;
    // Go 1.22 gives each iteration its own copy of the variables (gc rewrites
    // x := x' first), so a value without pointers carries nothing.
    if (s->define && s->value_var)
        kv = esc_filter_scalar(e, kv, s->value_var->type);
    Type *t = s->x && s->x->type ? type_under(s->x->type) : NULL;
    if (t && t->kind == TYPE_ARRAY)
        esc_flow(e->b, hole_note(e->b, kv, "for loop", s->range_pos, "range"), tmp);
    else
        esc_flow(e->b, hole_deref(e->b, kv, "for loop", s->range_pos, "range-deref"), tmp);
    block(e, s->body);
    e->loop_depth = depth;
}

static void switch_stmt(Esc *e, Stmt *s) {
    int depth = e->loop_depth;
    stmt(e, s->init);
    esc_discard(e, s->x);
    for (int i = 0; i < s->clauses.len; i++) {
        CaseClause *c = VEC_AT(s->clauses, i);
        for (int j = 0; j < c->exprs.len; j++)
            esc_discard(e, VEC_AT(c->exprs, j));
        stmt_list_block(e, &c->body);
    }
    e->loop_depth = depth;
}

static void type_switch(Esc *e, Stmt *s) {
    int depth = e->loop_depth;
    stmt(e, s->init);
    Hole *holes = arena_alloc(sizeof(Hole) * (size_t)(s->clauses.len + 1));
    int n = 0;
    for (int i = 0; i < s->clauses.len; i++) {
        CaseClause *c = VEC_AT(s->clauses, i);
        Obj *v = c->tswitch_var;
        if (!v || !esc_is_local_var(v))
            continue;
        esc_dcl(e, v);
        if (v->type && type_has_pointers(v->type))
            holes[n++] = esc_dot_type(e, esc_hole(esc_local_loc(e, v)), v->type, s->x ? s->x : NULL, "switch case");
    }
    // The guard: x := y.(type) or y.(type); its operand is what is switched on.
    Expr *guard = NULL;
    if (s->assign) {
        if (s->assign->kind == STMT_ASSIGN && s->assign->rhs.len)
            guard = esc_unparen(VEC_AT(s->assign->rhs, 0));
        else if (s->assign->kind == STMT_EXPR)
            guard = esc_unparen(s->assign->x);
    }
    if (guard && guard->kind == EXPR_TYPE_ASSERT)
        guard = guard->x;
    esc_expr(e, esc_tee(e, holes, n), guard);
    for (int i = 0; i < s->clauses.len; i++) {
        CaseClause *c = VEC_AT(s->clauses, i);
        stmt_list_block(e, &c->body);
    }
    e->loop_depth = depth;
}

static bool is_looping_label(Esc *e, const char *label) {
    for (int i = 0; i < e->looping_labels.len; i++)
        if (strcmp(VEC_AT(e->looping_labels, i), label) == 0)
            return true;
    return false;
}

// go and defer: the call's arguments are stored until the call runs.  A
// defer at the top level of a function runs before the frame dies; anything
// else may run after it: its arguments flow to the heap.
static void go_defer(Esc *e, Stmt *s) {
    Hole k = esc_heap_hole(e);
    if (s->kind == STMT_DEFER && e->loop_depth == 1)
        k = esc_later(e, esc_discard_hole(e));
    Expr *call = esc_unparen(s->x);
    if (!call || call->kind != EXPR_CALL) {
        esc_expr(e, k, call);
        return;
    }
    if (call->args.len == 0 && call->call_kind == CALL_CLOSURE) {
        esc_expr(e, k, call->fn);  // defer func() {...}()
        return;
    }
    Hole *saved = e->go_defer_k;
    e->go_defer_k = &k;
    esc_call(e, NULL, 0, call);
    e->go_defer_k = saved;
}

static void stmt(Esc *e, Stmt *s) {
    if (!s)
        return;
    switch (s->kind) {
    case STMT_DECL:
        if (s->decl)
            esc_var_decl(e, s->decl);
        break;
    case STMT_LABELED:
        if (s->label && is_looping_label(e, s->label))
            e->loop_depth++;
        stmt(e, s->stmt);
        break;
    case STMT_EXPR: {
        Expr *x = esc_unparen(s->x);
        if (x && x->kind == EXPR_CALL)
            esc_call(e, NULL, 0, x);
        else
            esc_discard(e, x);
        break;
    }
    case STMT_SEND:
        esc_discard(e, s->x);
        esc_expr(e, hole_note(e->b, esc_heap_hole(e), "send", s->pos, "send"), s->y);
        break;
    case STMT_INCDEC: esc_addr(e, s->x).dst->reassigned = true; break;
    case STMT_ASSIGN: esc_assign(e, s); break;
    case STMT_GO: case STMT_DEFER: go_defer(e, s); break;
    case STMT_RETURN: esc_return(e, s); break;
    case STMT_BLOCK: block(e, s->body); break;
    case STMT_IF: if_stmt(e, s); break;
    case STMT_SWITCH: switch_stmt(e, s); break;
    case STMT_TYPE_SWITCH: type_switch(e, s); break;
    case STMT_FOR: for_stmt(e, s); break;
    case STMT_RANGE: range_stmt(e, s); break;
    case STMT_SELECT:  // channels arrive with issue 4: be conservative
        for (int i = 0; i < s->clauses.len; i++)
            stmt_list_block(e, &((CaseClause *)VEC_AT(s->clauses, i))->body);
        break;
    default: break;  // break, continue, goto, fallthrough, empty
    }
}

// ---------------------------------------------------------------- labels

// Labels with a backward goto (a goto after the label in source order) head
// unstructured loops.
static void scan_labels(Vec *seen, Vec *looping, Vec *list);

static void scan_stmt(Vec *seen, Vec *looping, Stmt *s) {
    if (!s)
        return;
    switch (s->kind) {
    case STMT_LABELED:
        if (s->label)
            vec_push(seen, (void *)s->label);
        scan_stmt(seen, looping, s->stmt);
        break;
    case STMT_GOTO:
        for (int i = 0; s->label && i < seen->len; i++)
            if (strcmp(VEC_AT(*seen, i), s->label) == 0)
                vec_push(looping, (void *)s->label);
        break;
    case STMT_BLOCK: case STMT_FOR: case STMT_RANGE:
        if (s->body)
            scan_labels(seen, looping, &s->body->stmts);
        break;
    case STMT_IF:
        if (s->body)
            scan_labels(seen, looping, &s->body->stmts);
        scan_stmt(seen, looping, s->else_);
        break;
    case STMT_SWITCH: case STMT_TYPE_SWITCH: case STMT_SELECT:
        for (int i = 0; i < s->clauses.len; i++)
            scan_labels(seen, looping, &((CaseClause *)VEC_AT(s->clauses, i))->body);
        break;
    default: break;
    }
}

static void scan_labels(Vec *seen, Vec *looping, Vec *list) {
    for (int i = 0; i < list->len; i++)
        scan_stmt(seen, looping, VEC_AT(*list, i));
}

// Walks the body of fn (a top-level function, or a closure reached from its
// literal inside the enclosing function's walk).
void esc_walk_func(Batch *b, Func *fn) {
    Esc e = {.b = b, .fn = fn, .loop_depth = 1};
    if (!fn->body)
        return;
    Vec seen = {0};
    scan_labels(&seen, &e.looping_labels, &fn->body->stmts);
    esc_info(fn)->state = FN_STARTED;
    block(&e, fn->body);
}

