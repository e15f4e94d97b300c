// check_iface.c: interface types with embedded interfaces, embedded field
// names, and type switches (spec: Interface types, Struct types, Type switches).
//
// An interface's method set is flattened when its type is built: embedding
// `error` in `interface{ error; Code() int }` gives the sorted method set
// {Code, Error}.  Methods of the same name must have identical signatures.
//
// A type switch
//     switch v := x.(type) { case int, string: A; case nil: B; case T: C }
// is checked into STMT_TYPE_SWITCH (frontend.h, invariant 14): s->x is also
// set to x, every case expression is a type expression or nil, and each clause
// gets its own v: of type T in a single-type clause, of x's type otherwise.
#include <string.h>

#include "check.h"

// The field name of an embedded field of type T, *T or pkg.T: "T".
const char *check_embedded_name(Expr *te) {
    while (te && (te->kind == EXPR_PAREN || te->kind == EXPR_STAR))
        te = te->x;
    if (!te)
        return NULL;
    if (te->kind == EXPR_IDENT || te->kind == EXPR_SELECTOR)
        return te->name;
    errorf(start_pos(te), "embedded field type must be a type name");
    return NULL;
}

// Appends the methods of the interface type named by te to methods (and the
// embedding's position to mpos, as Pos *), skipping duplicates of identical
// signature; others are reported at the embedding (types2).
Type *check_iface_embeds(Expr *te, Vec *methods, Vec *mpos) {
    ck.ptr_depth++;
    Type *t = check_type(te);
    ck.ptr_depth--;
    if (t == type_invalid)
        return t;
    Type *u = type_under(t);
    if (!u) {
        errorf(start_pos(te), "invalid recursive type: interface embeds itself");
        return type_invalid;
    }
    if (u->kind != TYPE_INTERFACE) {
        errorf(start_pos(te), "cannot use %s as interface: not an interface", type_str_local(t));
        return type_invalid;
    }
    for (int i = 0; i < u->nmethods; i++) {
        Method *m = &u->methods[i];
        bool dup = false;
        for (int j = 0; j < methods->len && !dup; j++) {
            Method *o = methods->data[j];
            if (strcmp(o->name, m->name))
                continue;
            dup = true;
            if (o->sig != m->sig)
                errorf(start_pos(te), "duplicate method %s\n\t%s: other declaration of method %s", m->name,
                       diag_pos_string(*(Pos *)mpos->data[j]), m->name);
        }
        if (!dup) {
            Method *c = NEW(Method);
            *c = *m;
            vec_push(methods, c);
            Pos *p = NEW(Pos);
            *p = start_pos(te);
            vec_push(mpos, p);
        }
    }
    return t;
}

// ---------------------------------------------------------------- type switches

static bool is_nil_expr(Expr *e) {
    e = strip_parens(e);
    return e->kind == EXPR_IDENT && !strcmp(e->name, "nil") && e->obj && e->obj->kind == OBJ_NIL;
}

// One case of a type switch on x: a type that x's dynamic type could have, or nil.
static Type *case_type(Expr *c, Expr *x) {
    check_raw(c);
    if (is_invalid(c))
        return NULL;
    if (is_nil_expr(c)) {
        c->type = x->type;
        return NULL;
    }
    if (!c->is_type) {
        errorf(start_pos(c), "%s is not a type", expr_text(c));
        c->type = type_invalid;
        return NULL;
    }
    Type *t = c->type;
    const char *missing = NULL;
    if (!type_is_interface(t) && !check_implements(t, x->type, &missing)) {
        const char *why = implements_reason ? implements_reason : arena_sprintf("(missing method %s)", missing);
        errorf(start_pos(c), "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s", expr_text(c),
               operand_string(x), type_str_local(t), why);
        c->type = type_invalid;
    }
    return t;
}

// Reports a type listed twice in one switch.
static void duplicate_type(Vec *seen, Expr *c) {
    if (is_invalid(c))
        return;
    Type *t = is_nil_expr(c) ? NULL : c->type;
    for (int i = 0; i < seen->len; i++) {
        Expr *p = seen->data[i];
        Type *pt = is_nil_expr(p) ? NULL : p->type;
        if (pt == t) {
            errorf(start_pos(c), "duplicate case %s in type switch\n\t%s: previous case", t ? type_str_local(t) : "nil",
                   diag_pos_string(start_pos(p)));
            return;
        }
    }
    vec_push(seen, c);
}

// The guard x.(type) of s, with its binding ident (or NULL).
static Expr *guard_of(Stmt *s, Expr **ident) {
    Stmt *a = s->assign;
    *ident = NULL;
    if (!a)
        return NULL;
    if (a->kind == STMT_ASSIGN && a->rhs.len == 1 && a->lhs.len == 1) {
        *ident = a->lhs.data[0];
        return strip_parens(a->rhs.data[0]);
    }
    if (a->kind == STMT_EXPR)
        return strip_parens(a->x);
    return NULL;
}

static void clause_var(CaseClause *c, Expr *ident, Type *t, Vec *vars) {
    Expr *id = NEW(Expr);
    *id = *ident;
    id->pos = ident->pos;
    Obj *v = declare_local(id, t);
    v->pos = ident->pos;
    c->tswitch_var = v;
    vec_push(vars, v);
}

// spec: Type switches
void check_type_switch(Stmt *s, const char *label) {
    open_scope();
    if (s->init)
        check_stmts(&(Vec){.data = (void **)&s->init, .len = 1, .cap = 1});
    Expr *ident;
    Expr *ta = guard_of(s, &ident);
    if (!ta || ta->kind != EXPR_TYPE_ASSERT) {
        errorf(s->pos, "invalid type switch guard");
        close_scope();
        return;
    }
    Expr *x = ta->x;
    check_value(x);
    bool ok = !is_invalid(x);
    if (ok && !type_is_interface(x->type)) {
        errorf(start_pos(x), "%s is not an interface", operand_string(x));
        ok = false;
    }
    if (ident && !strcmp(ident->name, "_")) {
        errorf(ident->pos, "no new variable on left side of :=");
        ident = NULL;
    }
    s->x = x;
    ta->type = ok ? x->type : type_invalid;
    Target *tg = NEW(Target);
    tg->stmt = s;
    tg->label = label;
    vec_push(&ck.targets, tg);
    Vec seen = {0}, vars = {0};
    bool dflt = false;
    for (int i = 0; i < s->clauses.len; i++) {
        CaseClause *c = s->clauses.data[i];
        if (c->is_default) {
            if (dflt)
                errorf(c->pos, "multiple defaults in switch");
            dflt = true;
        }
        Type *single = NULL;
        for (int j = 0; j < c->exprs.len && ok; j++) {
            Type *t = case_type(c->exprs.data[j], x);
            duplicate_type(&seen, c->exprs.data[j]);
            single = c->exprs.len == 1 ? t : NULL;
        }
        open_scope();
        if (ident && ok)
            clause_var(c, ident, single && single != type_invalid ? single : x->type, &vars);
        for (int j = 0; j < c->body.len; j++) {
            Stmt *st = c->body.data[j];
            if (st->kind == STMT_FALLTHROUGH) {
                errorf(st->pos, "cannot fallthrough in type switch");
                continue;
            }
            check_stmts(&(Vec){.data = (void **)&c->body.data[j], .len = 1, .cap = 1});
        }
        close_scope();
    }
    ck.targets.len--;
    if (ident && vars.len) {
        bool used = false;
        for (int i = 0; i < vars.len; i++)
            used |= ((Obj *)vars.data[i])->used;
        for (int i = 0; i < vars.len; i++)
            ((Obj *)vars.data[i])->used = true;
        if (!used && !ck.skipped_code)
            errorf(ident->pos, "%s declared and not used", ident->name);  // types2's wording here
    } else if (ident && ok && !s->clauses.len) {
        errorf(ident->pos, "%s declared and not used", ident->name);
    }
    close_scope();
}
