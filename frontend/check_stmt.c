// check_stmt.c: statements (spec: Statements).
//
// Each statement is checked in the current scope; blocks, if/for/switch
// headers and case clauses open their own (spec: Blocks).  break and continue
// find their target on the stack of enclosing for/range/switch statements
// (ck.targets), labelled or not; a statement some break refers to is recorded
// in ck.broken for the terminating-statement rules that "missing return" uses
// (spec: Terminating statements):
//     for { }                  terminating
//     for { break }            not: a break refers to it
//     if c { return } else { panic(x) }   terminating
// Assignments mark their target variables reassigned (closure capture mode)
// and never count as a use of them ("declared and not used").
#include "check.h"

#include <string.h>

typedef struct Label {
    const char *name;
    Pos pos;
    bool used;
} Label;

static void check_stmt(Stmt *s);

void check_stmts(Vec *stmts) {
    for (int i = 0; i < stmts->len; i++)
        check_stmt(stmts->data[i]);
}

void check_block(Block *b) {
    open_scope();
    check_stmts(&b->stmts);
    close_scope();
}

// ---------------------------------------------------------------- labels


static Label *find_label(const char *name) {
    for (int i = 0; i < ck.labels.len; i++) {
        Label *l = ck.labels.data[i];
        if (!strcmp(l->name, name))
            return l;
    }
    return NULL;
}

static void collect_in(Vec *stmts);

static void collect_stmt(Stmt *s) {
    if (!s)
        return;
    switch (s->kind) {
    case STMT_LABELED: {
        if (strcmp(s->label, "_")) {
            // A second label of the same name is reported and otherwise ignored:
            // the name means the first one (gc's syntax.checkBranches).
            Label *l = find_label(s->label);
            if (l) {
                errorf(s->pos, "label %s already defined at %s", s->label, pos_in_message(l->pos));
                collect_stmt(s->stmt);
                break;
            }
            l = NEW(Label);
            l->name = s->label;
            l->pos = s->pos;
            vec_push(&ck.labels, l);
        }
        collect_stmt(s->stmt);
        break;
    }
    case STMT_BLOCK: case STMT_FOR: case STMT_RANGE: collect_in(&s->body->stmts); break;
    case STMT_IF:
        collect_in(&s->body->stmts);
        collect_stmt(s->else_);
        break;
    case STMT_SWITCH: case STMT_TYPE_SWITCH: case STMT_SELECT:
        for (int i = 0; i < s->clauses.len; i++)
            collect_in(&((CaseClause *)s->clauses.data[i])->body);
        break;
    default: break;
    }
}

static void collect_in(Vec *stmts) {
    for (int i = 0; i < stmts->len; i++)
        collect_stmt(stmts->data[i]);
}

void collect_labels(Block *body) { collect_in(&body->stmts); }

void check_unused_labels(void) {
    for (int i = 0; i < ck.labels.len; i++) {
        Label *l = ck.labels.data[i];
        if (!l->used)
            errorf(l->pos, "label %s defined and not used", l->name);
    }
}

// ---------------------------------------------------------------- break and continue

static void push_target(Stmt *s, const char *label, bool is_loop) {
    Target *t = NEW(Target);
    t->stmt = s;
    t->label = label;
    t->is_loop = is_loop;
    vec_push(&ck.targets, t);
}

static Target *find_target(Stmt *s, bool want_loop) {
    for (int i = ck.targets.len - 1; i >= 0; i--) {
        Target *t = ck.targets.data[i];
        if (s->label ? (t->label && !strcmp(t->label, s->label)) : (!want_loop || t->is_loop))
            return t;
    }
    return NULL;
}

// The label's position in "break L" (the statement's own is the keyword's).
static Pos label_pos(Stmt *s) {
    if (s->label_pos.line)
        return s->label_pos;
    const char *kw = s->kind == STMT_BREAK ? "break" : s->kind == STMT_CONTINUE ? "continue" : "goto";
    return (Pos){s->pos.file, s->pos.line, s->pos.col + (int)strlen(kw) + 1};
}

// spec: Goto statements.  The label must exist in the function; where it
// may be jumped to is checked once the body is done (check_gotos).
static void check_goto(Stmt *s) {
    Label *l = s->label ? find_label(s->label) : NULL;
    if (!l) {
        errorf(label_pos(s), "label %s not defined", s->label ? s->label : "");
        return;
    }
    l->used = true;
}

// ---------------------------------------------------------------- goto's targets
// After a body is checked, every goto is matched with its label (spec: Goto
// statements): a goto outside a block must not jump to a label inside it,
// and a forward goto must not skip a variable declaration of the label's
// block.  Each statement is located by its chain of enclosing statement
// lists, outermost first:
//     goto L          chain [body:0]
//     {  L: ...  }    L's chain [body:1, block:0]  -> "jumps into block starting at" the '{'

enum { GOTO_MAX_DEPTH = 64 };

typedef struct Place {
    Vec *list[GOTO_MAX_DEPTH];  // the enclosing statement lists
    int idx[GOTO_MAX_DEPTH];    // the index in each
    Pos block[GOTO_MAX_DEPTH];  // where each list's block starts
    int depth;
} Place;

typedef struct GotoScan {
    Place cur;
    Vec gotos, goto_places;     // of Stmt*, Place*
    Vec labels, label_places;
} GotoScan;

static void goto_walk(GotoScan *g, Vec *list, Pos block);

static Place *place_copy(Place *p) {
    Place *c = NEW(Place);
    *c = *p;
    return c;
}

static void goto_visit(GotoScan *g, Stmt *s) {
    if (!s)
        return;
    switch (s->kind) {
    case STMT_GOTO:
        vec_push(&g->gotos, s);
        vec_push(&g->goto_places, place_copy(&g->cur));
        break;
    case STMT_LABELED:
        vec_push(&g->labels, s);
        vec_push(&g->label_places, place_copy(&g->cur));
        goto_visit(g, s->stmt);
        break;
    case STMT_BLOCK: goto_walk(g, &s->body->stmts, s->body->pos); break;
    case STMT_IF:
        goto_walk(g, &s->body->stmts, s->body->pos);
        goto_visit(g, s->else_);
        break;
    case STMT_FOR: case STMT_RANGE: goto_walk(g, &s->body->stmts, s->body->pos); break;
    case STMT_SWITCH: case STMT_TYPE_SWITCH: case STMT_SELECT:
        for (int i = 0; i < s->clauses.len; i++) {
            CaseClause *c = s->clauses.data[i];
            goto_walk(g, &c->body, c->pos);
        }
        break;
    default: break;
    }
}

static void goto_walk(GotoScan *g, Vec *list, Pos block) {
    Place *p = &g->cur;
    if (p->depth >= GOTO_MAX_DEPTH)
        return;
    int d = p->depth++;
    p->list[d] = list;
    p->block[d] = block;
    for (int i = 0; i < list->len; i++) {
        p->idx[d] = i;
        goto_visit(g, list->data[i]);
    }
    p->depth--;
}

// The variable a statement declares (its position in *pos), or NULL.
static const char *declared_var(Stmt *s, Pos *pos) {
    if (s->kind == STMT_ASSIGN && s->op == TOK_DEFINE) {
        for (int i = 0; i < s->lhs.len; i++) {
            Expr *id = s->lhs.data[i];
            if (id->kind == EXPR_IDENT && strcmp(id->name, "_")) {
                *pos = s->pos;
                return id->name;
            }
        }
    }
    if (s->kind == STMT_DECL && s->decl && s->decl->kind == DECL_VAR) {
        for (int i = 0; i < s->decl->specs.len; i++) {
            Spec *sp = s->decl->specs.data[i];
            for (int j = 0; j < sp->names.len; j++) {
                Expr *id = sp->names.data[j];
                if (strcmp(id->name, "_")) {
                    *pos = id->pos;
                    return id->name;
                }
            }
        }
    }
    return NULL;
}

static void check_goto_target(Stmt *g, Place *gp, Place *lp) {
    int common = 0;
    while (common < gp->depth && common < lp->depth && gp->list[common] == lp->list[common])
        common++;
    if (common < lp->depth) {
        errorf(label_pos(g), "goto %s jumps into block starting at %s", g->label,
               pos_in_message(lp->block[common]));
        return;
    }
    Vec *list = lp->list[common - 1];
    int from = gp->idx[common - 1], to = lp->idx[common - 1];
    for (int i = from + 1; i < to; i++) {
        Pos pos;
        const char *v = declared_var(list->data[i], &pos);
        if (v) {
            errorf(label_pos(g), "goto %s jumps over declaration of %s at %s", g->label, v, pos_in_message(pos));
            return;
        }
    }
}

void check_gotos(Block *body) {
    GotoScan g = {0};
    goto_walk(&g, &body->stmts, body->pos);
    for (int i = 0; i < g.gotos.len; i++) {
        Stmt *s = g.gotos.data[i];
        for (int j = 0; j < g.labels.len; j++) {
            Stmt *l = g.labels.data[j];
            if (s->label && !strcmp(l->label, s->label))
                check_goto_target(s, g.goto_places.data[i], g.label_places.data[j]);
        }
    }
}

// spec: Break statements, Continue statements
static void check_branch(Stmt *s) {
    bool is_break = s->kind == STMT_BREAK;
    const char *kw = is_break ? "break" : "continue";
    if (s->label) {
        Label *l = find_label(s->label);
        if (!l) {
            errorf(label_pos(s), "%s label not defined: %s", kw, s->label);
            return;
        }
        l->used = true;
    }
    Target *t = find_target(s, !is_break);
    if (!t) {
        if (s->label)
            errorf(label_pos(s), "invalid %s label %s", kw, s->label);
        else if (is_break)
            errorf(s->pos, "break is not in a loop, switch, or select");
        else
            errorf(s->pos, "continue is not in a loop");
        return;
    }
    if (!is_break && !t->is_loop) {
        errorf(label_pos(s), "invalid continue label %s", s->label);
        return;
    }
    s->target = t->stmt;
    if (is_break)
        vec_push(&ck.broken, t->stmt);
}

// ---------------------------------------------------------------- assignments

// An assignment target: a variable, a field or element rooted in one, a
// dereference, or _ (returns NULL for _).  x = v does not use x; x++ and
// x += v do (gc reports only the former as "declared and not used").
static Expr *check_target(Expr *e, bool is_use) {
    Expr *s = strip_parens(e);
    if (s->kind == EXPR_IDENT && !strcmp(s->name, "_")) {
        e->type = NULL;
        return NULL;
    }
    if (s->kind == EXPR_IDENT) {
        Obj *o = scope_lookup(ck.scope, s->name);
        if (o && o->kind == OBJ_VAR) {
            bool used = o->used;
            check_raw(e);
            o->used = used || is_use;
            return e;
        }
    }
    check_raw(e);
    if (is_invalid(e))
        return e;
    Expr *f = strip_parens(e);
    while (f->kind == EXPR_SELECTOR && !f->implicit_deref && f->x && !f->obj)
        f = strip_parens(f->x);
    if (f != strip_parens(e) && is_map_index(f)) {
        errorf(start_pos(e), "cannot assign to struct field %s in map", expr_text(e));
        e->type = type_invalid;
        return e;
    }
    if ((!e->addressable && !is_map_index(e)) || e->is_type) {
        errorf(start_pos(e), "cannot assign to %s (neither addressable nor a map index expression)",
               expr_text(e));
        e->type = type_invalid;
    }
    return e;
}

// Assigns rhs (checked) into the slot of lhs; returns the converted rhs.
static Expr *check_lhs(Expr *e) { return check_target(e, false); }

static Expr *assign_to(Expr *lhs, Expr *rhs) {
    if (!lhs) {  // _ = x
        if (!is_invalid(rhs) && rhs->type && rhs->type->kind == TYPE_UNTYPED_NIL) {
            errorf(start_pos(rhs), "use of untyped nil in assignment");
            rhs->type = type_invalid;
        }
        use_default(rhs);
        return rhs;
    }
    if (is_invalid(lhs))
        return rhs;
    mark_reassigned(lhs);
    return assign_conv(rhs, lhs->type, "assignment");
}


static void assign_mismatch(Expr *rhs0, int nl, int nr) {
    Expr *r = strip_parens(rhs0);
    if (nr == 1 && r->kind == EXPR_CALL && r->type && r->call_kind != CALL_BUILTIN) {
        call_mismatch(r, nl, r->type->kind == TYPE_TUPLE ? r->type->nresults : 1);
        return;
    }
    if (nr == 1 && r->kind == EXPR_CALL && !r->type) {
        errorf(start_pos(rhs0), "%s (no value) used as value", expr_text(rhs0));
        return;
    }
    errorf(start_pos(rhs0), "assignment mismatch: %d variable%s but %d value%s", nl,
           nl == 1 ? "" : "s", nr, nr == 1 ? "" : "s");
}

// One right-hand value of an n:n assignment; a multi-value call is a count
// mismatch when n is 1, and "in single-value context" otherwise (types2).
static void check_rhs_value(Expr *r, int nl) {
    if (nl > 1) {
        check_value(r);
        return;
    }
    check_multi(r);
    if (!is_invalid(r) && r->type->kind == TYPE_TUPLE) {
        call_mismatch(strip_parens(r), nl, r->type->nresults);
        r->type = type_invalid;
    }
}

// The types of a multi-valued right-hand side for n variables, or NULL.
static Type **tuple_rhs(Stmt *s, int n) {
    Expr *rhs = s->rhs.data[0];
    check_multi(rhs);
    if (is_invalid(rhs))
        return NULL;
    Expr *r = strip_parens(rhs);
    if (n == 2 && comma_ok_map(rhs))
        return rhs->type->results;
    if (n == 2 && r->kind == EXPR_TYPE_ASSERT && r->type->kind != TYPE_TUPLE) {
        Type *pair[2] = {r->type, type_bool};
        r->type = type_tuple(pair, 2);
        rhs->type = r->type;
        return r->type->results;
    }
    if (rhs->type->kind != TYPE_TUPLE || rhs->type->nresults != n) {
        assign_mismatch(rhs, n, 1);
        return NULL;
    }
    return rhs->type->results;
}

// spec: Assignment statements (=)
static void check_plain_assign(Stmt *s) {
    int nl = s->lhs.len, nr = s->rhs.len;
    Expr **lhs = arena_alloc(sizeof(Expr *) * (size_t)nl);
    for (int i = 0; i < nl; i++)
        lhs[i] = check_lhs(s->lhs.data[i]);
    if (nl == nr) {
        for (int i = 0; i < nr; i++) {
            Expr *r = strip_parens(s->rhs.data[i]);
            if (lhs[i] && is_invalid(lhs[i]) && (nl > 1 || r->kind != EXPR_CALL)) {
                // types2 only evaluates the value (a lone call is matched as a tuple)
                check_raw(s->rhs.data[i]);
                continue;
            }
            check_rhs_value(s->rhs.data[i], nl);
            s->rhs.data[i] = assign_to(lhs[i], s->rhs.data[i]);
        }
        return;
    }
    if (nr != 1) {
        for (int i = 0; i < nr; i++)
            check_raw(s->rhs.data[i]);
        assign_mismatch(s->rhs.data[0], nl, nr);
        return;
    }
    Type **ts = tuple_rhs(s, nl);
    for (int i = 0; ts && i < nl; i++) {
        if (!lhs[i] || is_invalid(lhs[i]))
            continue;
        mark_reassigned(lhs[i]);
        Expr tmp = {.kind = EXPR_BAD, .type = ts[i]};
        const char *reason;
        if (ts[i] != lhs[i]->type && !assignable(&tmp, lhs[i]->type, &reason))
            errorf(start_pos(s->rhs.data[0]), "cannot use %s value as %s value in assignment",
                   type_str_local(ts[i]), type_str_local(lhs[i]->type));
        else if (ts[i] != lhs[i]->type)
            errorf(start_pos(s->rhs.data[0]), "assignment of %s to %s needs a conversion: not supported",
                   type_str_local(ts[i]), type_str_local(lhs[i]->type));
    }
}

// Declares or reuses the variable named by ident for a := of type t.
static bool define_var(Expr *ident, Type *t, Expr **rhs) {
    if (!strcmp(ident->name, "_")) {
        ident->obj = NULL;
        if (rhs)
            *rhs = assign_to(NULL, *rhs);
        return false;
    }
    Obj *old = scope_lookup_local(ck.scope, ident->name);
    if (old && old->kind == OBJ_VAR) {
        ident->obj = old;
        ident->type = old->type;
        old->reassigned = true;
        if (rhs)
            *rhs = assign_conv(*rhs, old->type, "assignment");
        return false;
    }
    if (rhs && !is_invalid(*rhs)) {
        if ((*rhs)->type->kind == TYPE_UNTYPED_NIL) {
            errorf(start_pos(*rhs), "use of untyped nil in assignment");
            (*rhs)->type = type_invalid;
        }
        use_default(*rhs);
        t = (*rhs)->type;
    }
    declare_local(ident, t ? t : type_invalid);  // reported unused even after an error in its value
    return true;
}

// spec: Short variable declarations
static void check_define(Stmt *s) {
    int nl = s->lhs.len, nr = s->rhs.len;
    bool ok = true;
    for (int i = 0; i < nl; i++) {
        Expr *l = s->lhs.data[i];
        if (l->kind != EXPR_IDENT) {
            errorf(start_pos(l), "non-name %s on left side of :=", expr_text(l));
            ok = false;
        }
        for (int j = 0; j < i && l->kind == EXPR_IDENT; j++) {
            Expr *p = s->lhs.data[j];
            if (p->kind == EXPR_IDENT && strcmp(l->name, "_") && !strcmp(p->name, l->name)) {
                errorf(l->pos, "%s repeated on left side of :=", l->name);
                ok = false;
            }
        }
    }
    Type **ts = NULL;
    if (nl == nr) {
        for (int i = 0; i < nr; i++)
            check_rhs_value(s->rhs.data[i], nl);
    } else if (nr == 1) {
        ts = tuple_rhs(s, nl);
    } else {
        for (int i = 0; i < nr; i++)
            check_raw(s->rhs.data[i]);
        assign_mismatch(s->rhs.data[0], nl, nr);
    }
    if (!ok)
        return;
    bool any_new = false;
    for (int i = 0; i < nl; i++) {
        Expr *l = s->lhs.data[i];
        if (nl == nr)
            any_new |= define_var(l, NULL, (Expr **)&s->rhs.data[i]);
        else
            any_new |= define_var(l, ts ? ts[i] : type_invalid, NULL);
    }
    if (!any_new)
        errorf(s->pos, "no new variables on left side of :=");
}

static int binary_op_of(int assign_op) { return assign_op - TOK_ADD_ASSIGN + TOK_ADD; }

// spec: Assignment statements (op=): x op= y is x = x op y with x evaluated once.
static void check_op_assign(Stmt *s) {
    if (s->lhs.len != 1 || s->rhs.len != 1) {
        errorf(s->pos, "assignment operation %s requires single-valued expressions", tok_string(s->op));
        return;
    }
    Expr *lhs = check_target(s->lhs.data[0], true);
    Expr *bin = new_expr(EXPR_BINARY, s->pos, NULL);
    bin->op = binary_op_of(s->op);
    bin->x = new_expr(EXPR_PAREN, lhs->pos, NULL);
    bin->x->x = lhs;
    bin->y = s->rhs.data[0];
    if (is_invalid(lhs)) {
        check_raw(bin->y);
        return;
    }
    // Check x op y with x already checked (as a value).
    Expr *x = bin->x;
    x->type = lhs->type;
    x->addressable = lhs->addressable;
    check_value(bin->y);
    if (is_invalid(bin->y))
        return;
    Expr *y = bin->y;
    if (bin->op == TOK_SHL || bin->op == TOK_SHR) {
        if (!type_is_integer(lhs->type)) {
            errorf(start_pos(lhs), "invalid operation: shifted operand %s must be integer", operand_string(lhs));
            return;
        }
        if (y->is_const && type_is_untyped(y->type)) {
            ConstVal v;
            bool integral = const_to_int(&y->cval, &v);
            if (!integral || v.i < 0) {  // worded as check_shift words them
                errorf(start_pos(y), integral ? "invalid operation: negative shift count %s" : "%s truncated to uint",
                       operand_string(y));
                return;
            }
            convert_untyped(y, type_uint);
        } else if (!type_is_integer(y->type)) {
            errorf(start_pos(y), "invalid operation: shift count %s must be integer", operand_string(y));
            return;
        }
        mark_reassigned(lhs);
        return;
    }
    if (type_is_untyped(y->type)) {
        bool kinds_ok = type_is_numeric(y->type) ? type_is_numeric(lhs->type)
                        : type_is_string(y->type) ? type_is_string(lhs->type)
                        : type_is_boolean(y->type) ? type_is_boolean(lhs->type)
                        : true;
        if (!kinds_ok) {
            errorf(start_pos(lhs), "invalid operation: %s %s %s (mismatched types %s and %s)",
                   expr_text(lhs), tok_string(s->op), expr_text(y), type_str_local(lhs->type),
                   type_str_local(y->type));
            return;
        }
        if (!convert_untyped(y, lhs->type))
            return;
    }
    if (y->type != lhs->type) {
        errorf(start_pos(lhs), "invalid operation: %s %s %s (mismatched types %s and %s)",
               expr_text(lhs), tok_string(s->op), expr_text(y), type_str_local(lhs->type),
               type_str_local(y->type));
        return;
    }
    Type *t = lhs->type;
    int op = bin->op;
    bool ok = op == TOK_ADD ? type_is_numeric(t) || type_is_string(t)
            : op == TOK_SUB || op == TOK_MUL || op == TOK_QUO ? type_is_numeric(t)
            : type_is_integer(t);
    if (!ok) {
        errorf(start_pos(lhs), "invalid operation: operator %s not defined on %s", tok_string(op),
               operand_string(lhs));
        return;
    }
    if ((op == TOK_QUO || op == TOK_REM) && y->is_const && type_is_integer(t) &&
        y->cval.kind == CONST_INT && y->cval.i == 0) {
        errorf(start_pos(y), "invalid operation: division by zero");
        return;
    }
    s->rhs.data[0] = y;
    mark_reassigned(lhs);
    if (op == TOK_ADD && type_is_string(t)) {
        Site *site = site_new(SITE_CONCAT, s->pos, type_uint8, NULL);
        site->text = arena_sprintf("%s + %s", site_text(lhs), site_text(y));
        site->count = -1;
        site->size = -1;
        s->site = site;
    }
}

// spec: IncDec statements
static void check_incdec(Stmt *s) {
    Expr *x = check_target(s->x, true);
    if (!x || is_invalid(x))
        return;
    if (!type_is_numeric(x->type)) {
        errorf(start_pos(x), "invalid operation: %s%s (non-numeric type %s)", expr_text(x),
               tok_string(s->op), type_str_local(x->type));
        return;
    }
    mark_reassigned(x);
}

static void check_assign(Stmt *s) {
    if (s->op == TOK_DEFINE)
        check_define(s);
    else if (s->op == TOK_ASSIGN)
        check_plain_assign(s);
    else
        check_op_assign(s);
}

// ---------------------------------------------------------------- simple statements

// spec: Expression statements
static void check_expr_stmt(Stmt *s) {
    Expr *x = s->x;
    check_raw(x);
    if (is_invalid(x))
        return;
    Expr *c = strip_parens(x);
    if (x->is_type) {
        errorf(start_pos(x), "%s (type) is not an expression", expr_text(x));
        return;
    }
    if (c->kind == EXPR_CALL && c->call_kind != CALL_BUILTIN)
        return;
    if (c->kind == EXPR_CALL) {
        Builtin b = c->builtin;
        if (b == BUILTIN_APPEND || b == BUILTIN_CAP || b == BUILTIN_LEN || b == BUILTIN_MAKE ||
            b == BUILTIN_NEW || b == BUILTIN_MIN || b == BUILTIN_MAX)
            errorf(start_pos(x), "%s (value of type %s) is not used", expr_text(x),
                   type_str_local(x->type));
        return;
    }
    errorf(start_pos(x), "%s is not used", operand_string(x));
}

static const char *types_list(Vec *exprs) {
    const char *s = "(";
    for (int i = 0; i < exprs->len; i++) {
        Expr *a = exprs->data[i];
        const char *t = !a->type ? "invalid type"
                        : type_is_untyped(a->type) ? (type_is_numeric(a->type) ? "number"
                                                      : a->type->kind == TYPE_UNTYPED_NIL ? "nil"
                                                      : type_is_string(a->type) ? "string" : "bool")
                        : type_str_local(a->type);
        s = arena_sprintf("%s%s%s", s, i ? ", " : "", t);
    }
    return arena_sprintf("%s)", s);
}

static const char *results_list(Type *sig) {
    return type_str_local(type_tuple(sig->results, sig->nresults));
}

// spec: Return statements
// A bare return where another declaration hides a named result (spec: the
// implementation restriction under Return statements; types2's wording).
static void shadowed_results(Stmt *s, Func *f) {
    for (int i = 0; i < f->results.len; i++) {
        Obj *r = f->results.data[i];
        Obj *alt = strcmp(r->name, "_") ? scope_lookup(ck.scope, r->name) : NULL;
        if (alt && alt != r)
            errorf(s->pos, "result parameter %s not in scope at return\n\t%s: inner declaration of var %s %s",
                   r->name, diag_pos_string(alt->pos), r->name, type_str_local(r->type));
    }
}

static void check_return(Stmt *s) {
    Func *f = ck.fn;
    s->func = f;
    // Every return assigns the named results, bare or not (gc's escape
    // analysis says so too), so a closure must capture them by reference.
    for (int i = 0; f->named_results && i < f->results.len; i++)
        ((Obj *)f->results.data[i])->reassigned = true;
    Type *sig = f->sig;
    int n = sig->nresults, nr = s->rhs.len;
    if (nr == 0) {
        if (n && !f->named_results)
            errorf(s->pos, "not enough return values\n\thave ()\n\twant %s", results_list(sig));
        else if (n)
            shadowed_results(s, f);
        return;
    }
    if (nr == 1 && n >= 1) {  // return f(): f's results are matched as a list (types2)
        Expr *r = s->rhs.data[0];
        check_multi(r);
        if (is_invalid(r))
            return;
        if (n == 1 && r->type->kind != TYPE_TUPLE) {
            s->rhs.data[0] = assign_conv(r, sig->results[0], "return statement");
            return;
        }
        if (r->type->kind == TYPE_TUPLE && r->type->nresults == n) {
            for (int i = 0; i < n; i++)
                if (r->type->results[i] != sig->results[i])
                    errorf(start_pos(r), "cannot use %s value as %s value in return statement",
                           type_str_local(r->type->results[i]), type_str_local(sig->results[i]));
            return;
        }
        Vec have = {0};
        vec_push(&have, r);
        bool many = r->type->kind == TYPE_TUPLE && r->type->nresults > n;
        errorf(start_pos(r), "%s return values\n\thave %s\n\twant %s", many ? "too many" : "not enough",
               r->type->kind == TYPE_TUPLE ? type_str_local(r->type) : types_list(&have),
               results_list(sig));
        return;
    }
    for (int i = 0; i < nr; i++)
        check_value(s->rhs.data[i]);
    if (nr != n) {
        if (n == 0)
            errorf(start_pos(s->rhs.data[0]), "too many return values\n\thave %s\n\twant ()",
                   types_list(&s->rhs));
        else if (nr > n)
            errorf(start_pos(s->rhs.data[n]), "too many return values\n\thave %s\n\twant %s",
                   types_list(&s->rhs), results_list(sig));
        else
            errorf(start_pos(s->rhs.data[nr - 1]), "not enough return values\n\thave %s\n\twant %s",
                   types_list(&s->rhs), results_list(sig));
        return;
    }
    for (int i = 0; i < nr; i++)
        s->rhs.data[i] = assign_conv(s->rhs.data[i], sig->results[i], "return statement");
}

// ---------------------------------------------------------------- control flow

static void check_cond(Expr **cond, const char *what) {
    check_value(*cond);
    if (is_invalid(*cond))
        return;
    if (!type_is_boolean((*cond)->type)) {
        errorf(start_pos(*cond), "non-boolean condition in %s statement", what);
        return;
    }
    if (type_is_untyped((*cond)->type))
        convert_untyped(*cond, type_bool);
}

// spec: If statements
static void check_if(Stmt *s) {
    open_scope();
    if (s->init)
        check_stmt(s->init);
    check_cond(&s->cond, "if");
    check_block(s->body);
    if (s->else_)
        check_stmt(s->else_);
    close_scope();
}

// spec: For statements
static void check_for(Stmt *s, const char *label) {
    open_scope();
    ck.loop_depth++;
    if (s->init)
        check_stmt(s->init);
    if (s->cond)
        check_cond(&s->cond, "for");
    if (s->post) {
        // Go 1.22: the post statement updates the next iteration's copy of
        // the loop variables, so it does not count as reassigning the copy a
        // closure in the body captures (gc captures i by value in
        // `for i := 0; i < n; i++ { fs = append(fs, func() int { return i }) }`).
        bool was[32] = {0};
        Stmt *init = s->init && s->init->kind == STMT_ASSIGN && s->init->op == TOK_DEFINE ? s->init : NULL;
        for (int i = 0; init && i < init->lhs.len && i < 32; i++) {
            Obj *o = ((Expr *)init->lhs.data[i])->obj;
            was[i] = o && o->reassigned;
        }
        if (s->post->kind == STMT_ASSIGN && s->post->op == TOK_DEFINE)
            errorf(s->post->pos, "cannot declare in post statement of for loop");
        else
            check_stmt(s->post);
        for (int i = 0; init && i < init->lhs.len && i < 32; i++) {
            Obj *o = ((Expr *)init->lhs.data[i])->obj;
            if (o)
                o->reassigned = was[i];
        }
    }
    push_target(s, label, true);
    check_block(s->body);
    ck.targets.len--;
    ck.loop_depth--;
    close_scope();
}

// The key and value types of a range clause (spec: For statements with range clause).
static bool range_types(Stmt *s, Type **key, Type **val) {
    Expr *x = s->x;
    Type *u = type_under(x->type);
    if (u->kind == TYPE_POINTER && type_under(u->elem)->kind == TYPE_ARRAY)
        u = type_under(u->elem);
    switch (u->kind) {
    case TYPE_STRING: case TYPE_UNTYPED_STRING:
        convert_untyped(x, type_string);
        *key = type_int;
        *val = type_int32;
        return true;
    case TYPE_SLICE: case TYPE_ARRAY:
        *key = type_int;
        *val = u->elem;
        return true;
    case TYPE_MAP:
        *key = u->key;
        *val = u->elem;
        return true;
    case TYPE_CHAN:
        errorf(start_pos(x), "range over channels not supported");
        return false;
    case TYPE_FUNC:
        errorf(start_pos(x), "range over functions not supported");
        return false;
    default:
        if (type_is_integer(u)) {
            if (s->value) {
                errorf(start_pos(s->value), "range over %s permits only one iteration variable",
                       operand_string(x));
                return false;
            }
            use_default(x);
            *key = x->type;
            *val = NULL;
            return true;
        }
        errorf(start_pos(x), "cannot range over %s", operand_string(x));
        return false;
    }
}

static Obj *range_var(Expr *ident, Type *t) {
    if (!ident)
        return NULL;
    if (ident->kind != EXPR_IDENT) {
        errorf(start_pos(ident), "non-name %s on left side of :=", expr_text(ident));
        return NULL;
    }
    Obj *o = declare_local(ident, t);
    return strcmp(ident->name, "_") ? o : NULL;
}

static void range_assign(Expr *lhs, Type *t) {
    if (!lhs)
        return;
    Expr *l = check_lhs(lhs);
    if (!l || is_invalid(l))
        return;
    mark_reassigned(l);
    Expr tmp = {.kind = EXPR_BAD, .type = t};
    const char *reason;
    if (!assignable(&tmp, l->type, &reason))
        errorf(start_pos(lhs), "cannot use %s (value of type %s) as %s value in range clause",
               expr_text(lhs), type_str_local(t), type_str_local(l->type));
}

static void check_range(Stmt *s, const char *label) {
    check_value(s->x);
    Type *key = type_invalid, *val = type_invalid;
    bool ok = !is_invalid(s->x) && range_types(s, &key, &val);
    open_scope();
    ck.loop_depth++;
    if (s->define) {
        s->key_var = range_var(s->key, ok ? key : type_invalid);
        s->value_var = range_var(s->value, ok && val ? val : type_invalid);
        if (s->key && s->key->kind == EXPR_IDENT && !strcmp(s->key->name, "_") &&
            (!s->value || (s->value->kind == EXPR_IDENT && !strcmp(s->value->name, "_"))))
            errorf(s->pos, "no new variables on left side of :=");
    } else if (ok) {
        range_assign(s->key, key);
        range_assign(s->value, val);
    }
    push_target(s, label, true);
    check_block(s->body);
    ck.targets.len--;
    ck.loop_depth--;
    close_scope();
}

// A case value of a switch with tag (or of a tagless switch: bool).
static Expr *case_value(Expr *v, Expr *tag) {
    check_value(v);
    if (is_invalid(v))
        return v;
    if (!tag) {
        if (!type_is_boolean(v->type)) {
            errorf(start_pos(v), "invalid case %s in switch (mismatched types %s and bool)",
                   expr_text(v), type_str_local(v->type));
            v->type = type_invalid;
            return v;
        }
        if (type_is_untyped(v->type))
            convert_untyped(v, type_bool);
        return v;
    }
    if (is_invalid(tag))
        return v;
    if (type_is_untyped(v->type)) {
        if (!convert_untyped(v, tag->type))
            return v;
    }
    const char *r;
    if (v->type != tag->type && !assignable(v, tag->type, &r) && !assignable(tag, v->type, &r)) {
        errorf(start_pos(v), "invalid case %s in switch on %s (mismatched types %s and %s)",
               expr_text(v), expr_text(tag), type_str_local(v->type), type_str_local(tag->type));
        v->type = type_invalid;
        return v;
    }
    if (type_is_interface(tag->type) && !type_is_interface(v->type))
        return box(v, tag->type);
    Expr *sv = strip_parens(v);
    bool nil_case = sv->kind == EXPR_IDENT && sv->obj && sv->obj->kind == OBJ_NIL;
    if (!nil_case && !type_comparable(v->type)) {
        errorf(start_pos(v), "invalid case %s in switch (can only compare %s to nil)", expr_text(v),
               type_str_local(v->type));
        v->type = type_invalid;
    }
    return v;
}

static void check_clause_body(CaseClause *c, bool last) {
    open_scope();
    for (int i = 0; i < c->body.len; i++) {
        Stmt *st = c->body.data[i];
        if (st->kind == STMT_FALLTHROUGH && i == c->body.len - 1) {
            if (last)
                errorf(st->pos, "cannot fallthrough final case in switch");
            else
                st->target = ((Target *)ck.targets.data[ck.targets.len - 1])->stmt;
            continue;
        }
        check_stmt(st);
    }
    close_scope();
}

// Reports a constant case equal to an earlier one of the same switch.
// Boolean and complex cases are not compared (types2's goVal has integers,
// floats and strings only).
static void duplicate_case(ConstSet *seen, Expr *v) {
    if (is_invalid(v) || !v->is_const || type_is_interface(v->type) || v->cval.kind == CONST_BOOL ||
        v->cval.kind == CONST_COMPLEX)
        return;
    Expr *p = constset_add(seen, v);
    if (p)
        errorf(start_pos(v), "duplicate case %s in expression switch\n\t%s: previous case",
               operand_string(v), diag_pos_string(start_pos(p)));
}

// spec: Switch statements (expression switches)
static void check_switch(Stmt *s, const char *label) {
    open_scope();
    if (s->init)
        check_stmt(s->init);
    Expr *tag = s->x;
    if (tag) {
        check_value(tag);
        if (!is_invalid(tag)) {
            if (tag->type->kind == TYPE_UNTYPED_NIL) {
                errorf(start_pos(tag), "use of untyped nil in switch expression");
                tag->type = type_invalid;
            }
            use_default(tag);
        }
    }
    push_target(s, label, false);
    CaseClause *dflt = NULL;
    ConstSet seen = {0};  // constant case values, for "duplicate case"
    for (int i = 0; i < s->clauses.len; i++) {
        CaseClause *c = s->clauses.data[i];
        if (c->is_default) {
            if (dflt)
                errorf(c->pos, "multiple defaults in switch");
            dflt = c;
        }
        for (int j = 0; j < c->exprs.len; j++) {
            c->exprs.data[j] = case_value(c->exprs.data[j], tag);
            duplicate_case(&seen, c->exprs.data[j]);
        }
        check_clause_body(c, i == s->clauses.len - 1);
    }
    ck.targets.len--;
    close_scope();
}

static void check_labeled(Stmt *s) {
    Stmt *t = s->stmt;
    const char *label = s->label;
    if (!t)
        return;
    Label *first = find_label(label);
    if (first && (first->pos.line != s->pos.line || first->pos.col != s->pos.col))
        label = NULL;  // a duplicate label (reported): break and continue cannot name it
    switch (t->kind) {
    case STMT_FOR: check_for(t, label); break;
    case STMT_RANGE: check_range(t, label); break;
    case STMT_SWITCH: check_switch(t, label); break;
    case STMT_TYPE_SWITCH: check_type_switch(t, label); break;
    default: check_stmt(t); break;
    }
}

static void not_supported(Stmt *s, const char *what) {
    ck.skipped_code = true;
    errorf(s->pos, "%s not supported", what);
}

static void check_stmt(Stmt *s) {
    if (!s)
        return;
    switch (s->kind) {
    case STMT_BAD: case STMT_EMPTY: return;
    case STMT_DECL: check_local_decl(s->decl); return;
    case STMT_LABELED: check_labeled(s); return;
    case STMT_EXPR: check_expr_stmt(s); return;
    case STMT_SEND: not_supported(s, "send statements"); return;
    case STMT_INCDEC: check_incdec(s); return;
    case STMT_ASSIGN: check_assign(s); return;
    case STMT_DEFER: check_defer(s); return;
    case STMT_GO: {
        int before = ck.errors.len;
        check_defer(s);  // gc's errors for a bad go statement come first
        if (ck.errors.len == before)
            not_supported(s, "go statements");
        return;
    }
    case STMT_RETURN: check_return(s); return;
    case STMT_BREAK: case STMT_CONTINUE: check_branch(s); return;
    case STMT_GOTO: check_goto(s); return;
    case STMT_FALLTHROUGH: errorf(s->pos, "fallthrough statement out of place"); return;
    case STMT_BLOCK: check_block(s->body); return;
    case STMT_IF: check_if(s); return;
    case STMT_SWITCH: check_switch(s, NULL); return;
    case STMT_TYPE_SWITCH: check_type_switch(s, NULL); return;
    case STMT_SELECT: not_supported(s, "select statements"); return;
    case STMT_FOR: check_for(s, NULL); return;
    case STMT_RANGE: check_range(s, NULL); return;
    }
}

// ---------------------------------------------------------------- terminating statements

static bool is_broken(Stmt *s) {
    for (int i = 0; i < ck.broken.len; i++)
        if (ck.broken.data[i] == s)
            return true;
    return false;
}

static bool is_terminating(Stmt *s);

static bool clause_terminates(CaseClause *c) {
    if (!c->body.len)
        return false;
    Stmt *last = c->body.data[c->body.len - 1];
    return last->kind == STMT_FALLTHROUGH || is_terminating_list(&c->body);
}

// spec: Terminating statements
static bool is_terminating(Stmt *s) {
    switch (s->kind) {
    case STMT_RETURN: case STMT_GOTO: return true;
    case STMT_EXPR: {
        Expr *c = strip_parens(s->x);
        return c->kind == EXPR_CALL && c->call_kind == CALL_BUILTIN && c->builtin == BUILTIN_PANIC;
    }
    case STMT_BLOCK: return is_terminating_list(&s->body->stmts);
    case STMT_IF:
        return s->else_ && is_terminating_list(&s->body->stmts) && is_terminating(s->else_);
    case STMT_FOR: return !s->cond && !is_broken(s);
    case STMT_LABELED: return s->stmt && is_terminating(s->stmt);
    case STMT_SWITCH: case STMT_TYPE_SWITCH: {
        bool dflt = false;
        for (int i = 0; i < s->clauses.len; i++) {
            CaseClause *c = s->clauses.data[i];
            dflt |= c->is_default;
            if (!clause_terminates(c))
                return false;
        }
        return dflt && !is_broken(s);
    }
    case STMT_SELECT: case STMT_GO:
        return true;  // reported as not supported; no second error
    default: return false;
    }
}

bool is_terminating_list(Vec *stmts) {
    int n = stmts->len;
    while (n > 0 && ((Stmt *)stmts->data[n - 1])->kind == STMT_EMPTY)
        n--;
    return n > 0 && is_terminating(stmts->data[n - 1]);
}
