// test_check_methods.c: the checker's methods, embedding, interfaces and type
// switches (frontend.h, Typed IR invariants 13 and 14).
//
// Each test checks a small program and asserts on the IR the checker builds:
// methods as functions with the receiver first, calls rewritten to direct
// calls with an adjusted receiver, interface calls as CALL_METHOD, promoted
// selectors spelled out as explicit chains, method values with their closure
// site, method sets; and gc's wording for the errors.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "frontend.h"

static char errors[16384];

static Program *check_src(const char *src) {
    diag_capture(errors, sizeof errors);
    diag_reset();
    int fi = diag_add_file("t.go", src, strlen(src));
    File *f = parse_file(fi);
    if (diag_error_count())
        return NULL;
    return check_program(&f, 1);
}

static void expect_error(const char *src, const char *msg) {
    Program *p = check_src(src);
    assert_null(p);
    assert_string_equal(errors, msg);
}

static Func *func_named(Program *p, const char *name) {
    for (int i = 0; i < p->funcs.len; i++) {
        Func *f = p->funcs.data[i];
        if (!strcmp(f->name, name))
            return f;
    }
    return NULL;
}

static Obj *local(Func *f, const char *name) {
    for (int i = 0; i < f->locals.len; i++) {
        Obj *o = f->locals.data[i];
        if (!strcmp(o->name, name))
            return o;
    }
    return NULL;
}

// The expression of main's statement i (an expression statement or the
// first rhs of an assignment).
static Expr *stmt_expr(Program *p, int i) {
    Stmt *s = p->main_func->body->stmts.data[i];
    if (s->kind == STMT_EXPR)
        return s->x;
    assert_int_equal(s->kind, STMT_ASSIGN);
    return s->rhs.data[0];
}

static const char *prelude =
    "package main\n"
    "type T struct{ n int }\n"
    "func (t T) Get() int { return t.n }\n"
    "func (t *T) Set(v int) { t.n = v }\n"
    "type I interface{ Get() int }\n"
    "type Inner struct{ v int }\n"
    "func (in *Inner) Bump() { in.v++ }\n"
    "type Outer struct {\n\tInner\n\tname string\n}\n";

static Program *check_main(const char *body) {
    return check_src(arena_sprintf("%sfunc main() {\n%s\n}\n", prelude, body));
}

// Methods are functions with the receiver first, named as gc names them.
static void test_method_functions(void **state) {
    (void)state;
    Program *p = check_main("");
    assert_non_null(p);
    Func *get = func_named(p, "main.T.Get");
    Func *set = func_named(p, "main.(*T).Set");
    assert_non_null(get);
    assert_non_null(set);
    assert_string_equal(type_str(get->sig), "func(main.T) int");
    assert_string_equal(type_str(set->sig), "func(*main.T, int)");
    assert_int_equal(set->params.len, 2);
    assert_string_equal(((Obj *)set->params.data[0])->name, "t");
    Obj *tobj = scope_lookup_local(p->main_pkg->scope, "T");
    assert_non_null(tobj);
    assert_int_equal(tobj->type->nmethods, 2);
}

// t.Set(1) on an addressable T: main.(*T).Set(&t, 1); p.Get(): main.T.Get(*p).
static void test_call_rewrite(void **state) {
    (void)state;
    Program *p = check_main("\tvar t T\n\tt.Set(1)\n\tp := &t\n\t_ = p.Get()\n");
    assert_non_null(p);
    Expr *c = stmt_expr(p, 1);
    assert_int_equal(c->kind, EXPR_CALL);
    assert_int_equal(c->call_kind, CALL_FUNC);
    assert_int_equal(c->fn->kind, EXPR_IDENT);
    assert_string_equal(c->fn->obj->link_name, "main.(*T).Set");
    assert_int_equal(c->args.len, 2);
    Expr *recv = c->args.data[0];
    assert_int_equal(recv->kind, EXPR_UNARY);
    assert_int_equal(recv->op, TOK_AND);
    Obj *t = local(p->main_func, "t");
    assert_true(t->addr_taken);
    assert_non_null(t->site);
    Expr *g = stmt_expr(p, 3);
    assert_int_equal(g->call_kind, CALL_FUNC);
    assert_int_equal(((Expr *)g->args.data[0])->kind, EXPR_STAR);
}

// i.Get() is a dynamic call: CALL_METHOD on the interface value.
static void test_iface_call(void **state) {
    (void)state;
    Program *p = check_main("\tvar i I = T{}\n\t_ = i.Get()\n");
    assert_non_null(p);
    Expr *c = stmt_expr(p, 1);
    assert_int_equal(c->call_kind, CALL_METHOD);
    assert_int_equal(c->fn->kind, EXPR_SELECTOR);
    assert_true(c->fn->is_method);
    assert_null(c->fn->method);
    assert_int_equal(c->fn->field_index, 0);
    assert_int_equal(c->args.len, 0);
}

// o.v through the embedded Inner is the chain o.Inner.v; o.Bump() passes &o.Inner.
static void test_promotion(void **state) {
    (void)state;
    Program *p = check_main("\tvar o Outer\n\t_ = o.v\n\to.Bump()\n");
    assert_non_null(p);
    Expr *v = stmt_expr(p, 1);
    assert_int_equal(v->kind, EXPR_SELECTOR);
    assert_int_equal(v->field_index, 0);
    assert_int_equal(v->x->kind, EXPR_SELECTOR);
    assert_string_equal(v->x->name, "Inner");
    Expr *c = stmt_expr(p, 2);
    assert_string_equal(c->fn->obj->link_name, "main.(*Inner).Bump");
    Expr *recv = c->args.data[0];
    assert_int_equal(recv->kind, EXPR_UNARY);
    assert_int_equal(recv->x->kind, EXPR_SELECTOR);
    assert_string_equal(recv->x->name, "Inner");
}

// A method value allocates its bound closure; calling one directly does not.
static void test_method_value(void **state) {
    (void)state;
    Program *p = check_main("\tvar t T\n\tf := t.Get\n\t_ = f\n");
    assert_non_null(p);
    Expr *f = stmt_expr(p, 1);
    assert_int_equal(f->kind, EXPR_SELECTOR);
    assert_true(f->is_method);
    assert_non_null(f->method);
    assert_non_null(f->site);
    assert_int_equal(f->site->kind, SITE_CLOSURE);
    assert_string_equal(type_str(f->type), "func() int");
    Program *q = check_main("\tg := T.Get\n\t_ = g\n");
    assert_non_null(q);
    Expr *g = stmt_expr(q, 0);
    assert_non_null(g->obj);
    assert_null(g->site);
}

// Method sets: T has Get, *T has Get and Set; an interface lists its own.
static void test_method_sets(void **state) {
    (void)state;
    Program *p = check_main("");
    assert_non_null(p);
    Type *t = scope_lookup_local(p->main_pkg->scope, "T")->type;
    MethodSetEntry *ms;
    assert_int_equal(type_method_set(t, &ms), 1);
    assert_string_equal(ms[0].name, "Get");
    assert_int_equal(type_method_set(type_pointer(t), &ms), 2);
    assert_string_equal(ms[1].name, "Set");
    assert_true(ms[1].ptr_recv);
    Type *outer = scope_lookup_local(p->main_pkg->scope, "Outer")->type;
    assert_int_equal(type_method_set(outer, &ms), 0);  // Bump needs &Inner
    assert_int_equal(type_method_set(type_pointer(outer), &ms), 1);
    assert_int_equal(ms[0].npath, 1);
}

// Type switches: one variable per clause, typed by the clause.
static void test_type_switch(void **state) {
    (void)state;
    Program *p = check_main("\tvar x interface{} = 1\n\tswitch v := x.(type) {\n\tcase int:\n\t\t_ = v + 1\n"
                            "\tcase string, bool:\n\t\t_ = v\n\tcase nil:\n\t}\n");
    assert_non_null(p);
    Stmt *s = p->main_func->body->stmts.data[1];
    assert_int_equal(s->kind, STMT_TYPE_SWITCH);
    CaseClause *c0 = s->clauses.data[0], *c1 = s->clauses.data[1], *c2 = s->clauses.data[2];
    assert_string_equal(type_str(c0->tswitch_var->type), "int");
    assert_string_equal(type_str(c1->tswitch_var->type), "interface {}");
    assert_string_equal(type_str(c2->tswitch_var->type), "interface {}");
    assert_non_null(s->x);
}

static void test_errors(void **state) {
    (void)state;
    expect_error("package main\ntype I interface{ M() }\ntype T struct{}\nfunc (t *T) M() {}\nfunc main() {\n"
                 "\tvar i I = T{}\n\t_ = i\n}\n",
                 "t.go:6:12: cannot use T{} (value of struct type T) as I value in variable declaration: "
                 "T does not implement I (method M has pointer receiver)\n");
    expect_error("package main\ntype A struct{ X int }\ntype B struct{ X int }\ntype C struct {\n\tA\n\tB\n}\n"
                 "func main() {\n\tvar c C\n\t_ = c.X\n}\n",
                 "t.go:10:8: ambiguous selector c.X\n");
    expect_error("package main\ntype T struct{}\nfunc (T) M() {}\nfunc (T) M() {}\nfunc main() {}\n",
                 "t.go:4:10: method T.M already declared at ./t.go:3:10\n");
    expect_error("package main\ntype I interface{ M() }\ntype T struct{}\nfunc main() {\n\tvar x I\n"
                 "\tswitch x.(type) {\n\tcase T:\n\t}\n}\n",
                 "t.go:7:7: impossible type switch case: T\n\tx (variable of interface type I) cannot have "
                 "dynamic type T (missing method M)\n");
    expect_error("package main\ntype T struct{}\nfunc (t *T) M() {}\nfunc main() {\n\tT{}.M()\n}\n",
                 "t.go:5:6: cannot call pointer method M on T\n");
    expect_error("package main\nfunc main() {\n\tvar x interface{} = 1\n\tswitch v := x.(type) {\n\tcase int:\n\t}\n}\n",
                 "t.go:4:9: v declared and not used\n");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_method_functions),
        cmocka_unit_test(test_call_rewrite),
        cmocka_unit_test(test_iface_call),
        cmocka_unit_test(test_promotion),
        cmocka_unit_test(test_method_value),
        cmocka_unit_test(test_method_sets),
        cmocka_unit_test(test_type_switch),
        cmocka_unit_test(test_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
