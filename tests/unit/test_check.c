// test_check.c: unit tests of the type checker and the typed IR it builds.
//
// Each test parses a small Go source string, checks it, and asserts on the
// result: the types and constant values of package-level variables, the exact
// error messages (captured through diag_capture, in gc's wording), closure
// capture modes, allocation sites, and global initialisation order.  A small
// validator walks every function and asserts the "Typed IR invariants" of
// frontend.h on the programs that check cleanly.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "frontend.h"

static char errors[16384];

// Parses and checks src as file "t.go"; errors land in `errors`.
static Program *check_src(const char *src) {
    diag_capture(errors, sizeof errors);
    diag_reset();
    int fi = diag_add_file("t.go", src, strlen(src));
    File *f = parse_file(fi);
    if (diag_error_count())
        return NULL;
    return check_program(&f, 1);
}

// Checks `package main` + body + an empty main.
static Program *check_main(const char *body) {
    return check_src(arena_sprintf("package main\n\n%s\n\nfunc main() {}\n", body));
}

static Obj *global(Program *p, const char *name) {
    for (int i = 0; i < p->globals.len; i++) {
        Obj *o = p->globals.data[i];
        if (!strcmp(o->name, name))
            return o;
    }
    return NULL;
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

// The type of `var probe = <expr>` at package level.
static const char *type_of(const char *expr) {
    Program *p = check_main(arena_sprintf("var probe = %s", expr));
    if (!p)
        return errors;
    return type_str(global(p, "probe")->type);
}

// Asserts that body (inside package main with main) fails with exactly msg.
static void expect_error(const char *src, const char *msg) {
    Program *p = check_src(src);
    assert_null(p);
    assert_string_equal(errors, msg);
}

// ---------------------------------------------------------------- IR validator

static int bad;

static void v_expr(Expr *e);

static void v_list(Vec *v) {
    for (int i = 0; i < v->len; i++)
        v_expr(v->data[i]);
}

static void ir_fail(const char *what, Expr *e) {
    fprintf(stderr, "invariant: %s at %d:%d\n", what, e ? e->pos.line : 0, e ? e->pos.col : 0);
    bad++;
}

static void v_call(Expr *e) {
    if (e->call_kind == CALL_UNRESOLVED || e->call_kind == CALL_CONVERSION)
        ir_fail("call kind", e);
    if (e->call_kind == CALL_FUNC || e->call_kind == CALL_CLOSURE ||
        e->call_kind == CALL_INTRINSIC) {
        Type *sig = type_under(e->fn->type);
        bool tuple = e->args.len == 1 && ((Expr *)e->args.data[0])->type &&
                     ((Expr *)e->args.data[0])->type->kind == TYPE_TUPLE;
        if (e->args.len != sig->nparams && !tuple)
            ir_fail("args do not match params", e);
        for (int i = 0; i < e->args.len && i < sig->nparams; i++) {
            Expr *a = e->args.data[i];
            if (a->type->kind != TYPE_TUPLE && type_under(a->type) != type_under(sig->params[i]))
                ir_fail("argument type", a);
        }
    }
    if (e->call_kind == CALL_CLOSURE)
        v_expr(e->fn);
    bool typed_first = e->call_kind == CALL_BUILTIN &&
                       (e->builtin == BUILTIN_MAKE || e->builtin == BUILTIN_NEW);
    for (int i = typed_first ? 1 : 0; i < e->args.len; i++)
        v_expr(e->args.data[i]);
}

static void v_expr(Expr *e) {
    if (!e || e->is_type)
        return;
    if (!e->type && e->kind != EXPR_CALL) {
        ir_fail("NULL type", e);
        return;
    }
    if (e->type && type_is_untyped(e->type))
        ir_fail("untyped", e);
    if (e->is_const)
        return;
    switch (e->kind) {
    case EXPR_IDENT:
        if (!e->obj)
            ir_fail("ident without obj", e);
        break;
    case EXPR_CALL: v_call(e); break;
    case EXPR_BINARY:
        v_expr(e->x);
        v_expr(e->y);
        if (e->op != TOK_SHL && e->op != TOK_SHR && e->x->type != e->y->type)
            ir_fail("operand types differ", e);
        break;
    case EXPR_COMPOSITE:
        for (int i = 0; i < e->elts.len; i++) {
            Expr *el = e->elts.data[i];
            if (el && type_under(e->type)->kind != TYPE_STRUCT && el->kind != EXPR_KEY_VALUE)
                ir_fail("element not key:value", el);
            if (el)
                v_expr(el->kind == EXPR_KEY_VALUE ? el->value : el);
        }
        if (type_under(e->type)->kind == TYPE_SLICE && !e->site)
            ir_fail("slice literal without site", e);
        break;
    case EXPR_INDEX:
        v_expr(e->x);
        v_expr(e->index);
        if (e->index->type != type_int)
            ir_fail("index not int", e);
        break;
    case EXPR_CONVERT:
        v_expr(e->x);
        break;
    case EXPR_PAREN: case EXPR_STAR: case EXPR_UNARY: case EXPR_TYPE_ASSERT: v_expr(e->x); break;
    case EXPR_SELECTOR:
        if (!e->obj)
            v_expr(e->x);
        break;
    case EXPR_SLICE: v_expr(e->x); v_expr(e->lo); v_expr(e->hi); v_expr(e->max); break;
    default: break;
    }
}

static void v_stmt(Stmt *s);

static void v_stmts(Vec *v) {
    for (int i = 0; i < v->len; i++)
        v_stmt(v->data[i]);
}

static void v_stmt(Stmt *s) {
    if (!s)
        return;
    switch (s->kind) {
    case STMT_EXPR: case STMT_INCDEC: v_expr(s->x); break;
    case STMT_ASSIGN:
        v_list(&s->rhs);
        for (int i = 0; i < s->lhs.len; i++) {
            Expr *l = s->lhs.data[i];
            if (l->kind != EXPR_IDENT || strcmp(l->name, "_"))
                v_expr(l);
        }
        break;
    case STMT_RETURN: v_list(&s->rhs); break;
    case STMT_BREAK: case STMT_CONTINUE:
        if (!s->target)
            ir_fail("branch without target", NULL);
        break;
    case STMT_BLOCK: v_stmts(&s->body->stmts); break;
    case STMT_IF: v_stmt(s->init); v_expr(s->cond); v_stmts(&s->body->stmts); v_stmt(s->else_); break;
    case STMT_FOR: v_stmt(s->init); v_expr(s->cond); v_stmt(s->post); v_stmts(&s->body->stmts); break;
    case STMT_RANGE: v_expr(s->x); v_stmts(&s->body->stmts); break;
    case STMT_SWITCH:
        v_stmt(s->init);
        v_expr(s->x);
        for (int i = 0; i < s->clauses.len; i++) {
            CaseClause *c = s->clauses.data[i];
            v_list(&c->exprs);
            v_stmts(&c->body);
        }
        break;
    case STMT_LABELED: v_stmt(s->stmt); break;
    default: break;
    }
}

static int validate(Program *p) {
    bad = 0;
    for (int i = 0; i < p->funcs.len; i++) {
        Func *f = p->funcs.data[i];
        if (f->body)
            v_stmts(&f->body->stmts);
        for (int j = 0; j < f->locals.len; j++)
            if (((Obj *)f->locals.data[j])->index != j)
                ir_fail("local index", NULL);
    }
    for (int i = 0; i < p->inits.len; i++)
        v_expr(((GlobalInit *)p->inits.data[i])->rhs);
    for (int i = 0; i < p->sites.len; i++) {
        Site *s = p->sites.data[i];
        if (s->id != i || !s->text || s->decision != SITE_HEAP)
            ir_fail("site", s->expr);
    }
    return bad;
}

// ---------------------------------------------------------------- types.c

static void test_types_canonical(void **state) {
    (void)state;
    types_init();
    assert_ptr_equal(type_slice(type_int), type_slice(type_int));
    assert_ptr_equal(type_pointer(type_string), type_pointer(type_string));
    assert_ptr_equal(type_array(type_int, 3), type_array(type_int, 3));
    assert_ptr_not_equal(type_array(type_int, 3), type_array(type_int, 4));
    Type *ps[] = {type_int, type_string};
    assert_ptr_equal(type_func(ps, 2, ps, 1, false), type_func(ps, 2, ps, 1, false));
    assert_ptr_not_equal(type_func(ps, 2, ps, 1, false), type_func(ps, 2, ps, 1, true));
    TypeField f[] = {{.name = "x", .type = type_int}, {.name = "y", .type = type_string}};
    assert_ptr_equal(type_struct(f, 2), type_struct(f, 2));
}

static void test_types_layout(void **state) {
    (void)state;
    types_init();
    TypeField f[] = {{.name = "a", .type = type_int8}, {.name = "b", .type = type_int64},
                     {.name = "c", .type = type_int8}};
    Type *t = type_struct(f, 3);
    assert_int_equal(t->size, 24);
    assert_int_equal(t->align, 8);
    assert_int_equal(t->fields[1].offset, 8);
    assert_int_equal(t->fields[2].offset, 16);
    assert_int_equal(type_string->size, 16);
    assert_int_equal(type_slice(type_int)->size, 24);
    assert_int_equal(type_any->size, 16);
    assert_int_equal(type_array(type_int32, 5)->size, 20);
    assert_int_equal(type_complex64->size, 8);   // two float32 parts
    assert_int_equal(type_complex64->align, 4);
    assert_int_equal(type_complex128->size, 16);
    assert_false(type_has_pointers(type_complex128));
    uint8_t mask[4];
    TypeField g[] = {{.name = "n", .type = type_int}, {.name = "p", .type = type_pointer(type_int)},
                     {.name = "s", .type = type_string}};
    assert_int_equal(type_ptrmask(type_struct(g, 3), mask), 4);
    assert_int_equal(mask[0], 0x2 | 0x4);  // p at word 1, s's data at word 2
}

static void test_types_string(void **state) {
    (void)state;
    types_init();
    Type *ps[] = {type_int};
    Type *rs[] = {type_int, type_error};
    assert_string_equal(type_str(type_slice(type_int)), "[]int");
    assert_string_equal(type_str(type_func(ps, 1, &type_string, 1, false)), "func(int) string");
    assert_string_equal(type_str(type_func(&(Type *){type_slice(type_int)}, 1, rs, 2, true)),
                        "func(...int) (int, error)");
    assert_string_equal(type_str(type_any), "interface {}");
    assert_string_equal(type_str(type_untyped_float), "untyped float");
    TypeField f[] = {{.name = "x", .type = type_int}, {.name = "y", .type = type_string}};
    assert_string_equal(type_str(type_struct(f, 2)), "struct { x int; y string }");
    assert_string_equal(type_str(type_tuple(rs, 2)), "(int, error)");
    assert_string_equal(type_str(type_error), "error");
}

// ---------------------------------------------------------------- constants and expression types

static void test_expr_types(void **state) {
    (void)state;
    assert_string_equal(type_of("1.5 + 2"), "float64");
    assert_string_equal(type_of("'a' + 1"), "int32");
    assert_string_equal(type_of("1 < 2"), "bool");
    assert_string_equal(type_of("\"a\" + \"b\""), "string");
    assert_string_equal(type_of("[]byte(\"x\")"), "[]uint8");
    assert_string_equal(type_of("&struct{ x int }{1}"), "*struct { x int }");
    assert_string_equal(type_of("[...]string{\"a\", 3: \"b\"}"), "[4]string");
    assert_string_equal(type_of("func(a int) string { return \"\" }"), "func(int) string");
    assert_string_equal(type_of("len(\"abc\")"), "int");
    assert_string_equal(type_of("uint8(200) >> 1"), "uint8");
    assert_string_equal(type_of("1 + 2i"), "complex128");
    assert_string_equal(type_of("complex(float32(1), 2)"), "complex64");
    assert_string_equal(type_of("real(complex64(1i))"), "float32");
    assert_string_equal(type_of("imag(3)"), "float64");
}

// Complex constants are exact pairs; a zero imaginary part makes an integer.
static void test_complex_consts(void **state) {
    (void)state;
    Program *p = check_main("const z = (1 + 2i) * (3 - 1i)\nconst q = z / 5i\n"
                            "var a, b, c = z, imag(q), int(2i * 2i)");
    assert_non_null(p);
    Expr *a = ((GlobalInit *)p->inits.data[0])->rhs;
    assert_true(global(p, "a")->type == type_complex128);
    assert_int_equal(a->cval.kind, CONST_COMPLEX);
    assert_true(a->cval.f == 5 && a->cval.fi == 5);  // 3 - i + 6i + 2
    assert_true(global(p, "b")->type == type_float64);
    assert_true(global(p, "c")->type == type_int);
    expect_error("package main\nvar x int = 1 + 2i\nfunc main() {}\n",
                 "t.go:2:13: cannot use 1 + 2i (untyped complex constant (1 + 2i)) as int value "
                 "in variable declaration (truncated)\n");
    expect_error("package main\nvar b = 1i < 2i\nfunc main() {}\n",
                 "t.go:2:9: invalid operation: 1i < 2i (operator < not defined on untyped complex)\n");
}

static void test_const_values(void **state) {
    (void)state;
    Program *p = check_main("const (\n\tA = iota * 10\n\tB\n\tC\n)\n"
                            "const big = 1 << 100\nconst small = big >> 98\n"
                            "const f = 7 / 2.0\nconst i = 7 / 2\nconst s = \"ab\" + \"c\"\n"
                            "var a, b, c, d, e, g, h = A, B, C, small, f, i, len(s)");
    assert_non_null(p);
    assert_true(global(p, "c")->type == type_int);
    GlobalInit *gi = p->inits.data[2];
    Expr *cexpr = gi->rhs;
    assert_true(cexpr->is_const);
    assert_int_equal((int)cexpr->cval.i, 20);
    gi = p->inits.data[3];
    assert_int_equal((int)gi->rhs->cval.i, 4);
    gi = p->inits.data[4];
    assert_true(gi->rhs->cval.f == 3.5L);
    gi = p->inits.data[5];
    assert_int_equal((int)gi->rhs->cval.i, 3);
    gi = p->inits.data[6];
    assert_int_equal((int)gi->rhs->cval.i, 3);
}

static void test_representability(void **state) {
    (void)state;
    expect_error("package main\nfunc main() {\n\tvar x int8 = 300\n\t_ = x\n}\n",
                 "t.go:3:15: cannot use 300 (untyped int constant) as int8 value in variable "
                 "declaration (overflows)\n");
    expect_error("package main\nfunc main() {\n\t_ = byte(256)\n}\n",
                 "t.go:3:11: constant 256 overflows byte\n");
    expect_error("package main\nfunc main() {\n\tvar i int = 1.5\n\t_ = i\n}\n",
                 "t.go:3:14: cannot use 1.5 (untyped float constant) as int value in variable "
                 "declaration (truncated)\n");
    expect_error("package main\nconst c int8 = 5\nvar x = c * 100\nfunc main() {}\n",
                 "t.go:3:9: c * 100 (constant 500 of type int8) overflows int8\n");
}

static void test_division_by_zero(void **state) {
    (void)state;
    expect_error("package main\nfunc main() {\n\tx := 1\n\t_ = x / 0\n}\n",
                 "t.go:4:10: invalid operation: division by zero\n");
}

// ---------------------------------------------------------------- error messages

static void test_unused(void **state) {
    (void)state;
    expect_error("package main\nimport \"os\"\nfunc main() {\n\tx := 1\n}\n",
                 "t.go:2:8: \"os\" imported and not used\nt.go:4:2: declared and not used: x\n");
}

static void test_undefined_and_mismatch(void **state) {
    (void)state;
    expect_error("package main\nfunc main() {\n\t_ = y\n}\n", "t.go:3:6: undefined: y\n");
    expect_error("package main\nfunc main() {\n\tx, s := 1, \"a\"\n\t_ = x + s\n}\n",
                 "t.go:4:6: invalid operation: x + s (mismatched types int and string)\n");
    expect_error("package main\nfunc main() {\n\tx := 1\n\tvar s string = x\n\t_ = s\n}\n",
                 "t.go:4:17: cannot use x (variable of type int) as string value in variable "
                 "declaration\n");
}

static void test_call_errors(void **state) {
    (void)state;
    expect_error("package main\nfunc f() int { return 1 }\nfunc main() {\n\ta, b := f()\n\t_, _ = a, b\n}\n",
                 "t.go:4:10: assignment mismatch: 2 variables but f returns 1 value\n");
    expect_error("package main\nfunc g(a, b int) {}\nfunc main() {\n\tg(1)\n}\n",
                 "t.go:4:4: not enough arguments in call to g\n\thave (number)\n\twant (int, int)\n");
    expect_error("package main\nfunc g(a int) {}\nfunc main() {\n\tg(1, 2)\n}\n",
                 "t.go:4:7: too many arguments in call to g\n\thave (number, number)\n\twant (int)\n");
}

static void test_redeclared(void **state) {
    (void)state;
    expect_error("package main\nfunc main() {\n\tvar x int\n\tvar x int\n\t_ = x\n}\n",
                 "t.go:4:6: x redeclared in this block\n\tt.go:3:6: other declaration of x\n");
}

static void test_returns(void **state) {
    (void)state;
    expect_error("package main\nfunc f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}\nfunc main() {}\n",
                 "t.go:6:1: missing return\n");
    expect_error("package main\nfunc f() (int, string) {\n\treturn 1\n}\nfunc main() {}\n",
                 "t.go:3:9: not enough return values\n\thave (number)\n\twant (int, string)\n");
    expect_error("package main\nfunc f() int {\n\treturn 1, 2\n}\nfunc main() {}\n",
                 "t.go:3:12: too many return values\n\thave (number, number)\n\twant (int)\n");
    // Terminating statements: infinite loop, panic, if/else, switch with default.
    assert_non_null(check_main("func a() int { for {} }\nfunc b() int { panic(1) }\n"
                               "func c(x int) int { if x > 0 { return 1 } else { return 2 } }\n"
                               "func d(x int) int { switch x { case 1: return 1; default: return 0 } }"));
}

static void test_control_errors(void **state) {
    (void)state;
    expect_error("package main\nfunc main() {\n\tif 1 {\n\t}\n}\n",
                 "t.go:3:5: non-boolean condition in if statement\n");
    expect_error("package main\nfunc main() {\n\tbreak\n}\n",
                 "t.go:3:2: break is not in a loop, switch, or select\n");
    expect_error("package main\nfunc main() {\nL:\n\tfor {\n\t}\n}\n",
                 "t.go:3:1: label L defined and not used\n");
    expect_error("package main\nfunc main() {\n\tx := 1\n\tx := 2\n\t_ = x\n}\n",
                 "t.go:4:4: no new variables on left side of :=\n");
    expect_error("package main\nfunc main() {\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\t}\n}\n",
                 "t.go:5:3: cannot fallthrough final case in switch\n");
}

static void test_not_supported(void **state) {
    (void)state;
    expect_error("package main\ntype T struct{}\nfunc (t int) M() {}\nfunc main() {}\n",
                 "t.go:3:9: cannot define new methods on non-local type int\n");
    expect_error("package main\nfunc main() {\n\tgo main()\n}\n",
                 "t.go:3:2: go statements not supported\n");
    expect_error("package main\nimport \"net\"\nfunc main() {}\n",
                 "t.go:2:8: package net not supported (gosub's standard library subset: docs/stdlib.md)\n");
    expect_error("package main\nimport \"nosuch/pkg\"\nfunc main() {}\n",
                 "t.go:2:8: package nosuch/pkg is not in std (/usr/local/go/src/nosuch/pkg)\n");
    expect_error("package main\nfunc helper() {}\n",
                 "t.go:1:1: function main is undeclared in the main package\n");
}

// ---------------------------------------------------------------- closures, sites, init order

static void test_closure_capture(void **state) {
    (void)state;
    Program *p = check_src("package main\nfunc main() {\n\tx := 1\n\ty := 2\n\tvar big [20]int\n"
                           "\tf := func() int { return x + big[0] }\n"
                           "\tg := func() { y++; h := func() int { return x + y }; _ = h }\n"
                           "\t_, _ = f, g\n}\n");
    assert_non_null(p);
    Func *f1 = func_named(p, "main.main.func1");
    Func *f2 = func_named(p, "main.main.func2");
    Func *f21 = func_named(p, "main.main.func2.1");
    assert_non_null(f1);
    assert_non_null(f2);
    assert_non_null(f21);
    assert_int_equal(f1->captures.len, 2);
    Capture *cx = f1->captures.data[0], *cbig = f1->captures.data[1];
    assert_string_equal(cx->var->name, "x");
    assert_false(cx->by_ref);  // never reassigned, small
    assert_true(cbig->by_ref); // 160 bytes > 128
    Capture *cy = f2->captures.data[0];
    assert_string_equal(cy->var->name, "y");
    assert_true(cy->by_ref);   // reassigned by y++
    assert_non_null(cy->var->site);
    assert_int_equal(cy->var->site->kind, SITE_VAR);
    assert_int_equal(f21->captures.len, 2);  // x and y, through func2
    assert_int_equal(f2->captures.len, 2);
    assert_int_equal(validate(p), 0);
}

static const char *site_list(Program *p) {
    const char *s = "";
    static const char *names[] = {"var", "new", "addr_lit", "slice_lit", "make_slice", "make_map",
                                  "closure", "box", "variadic", "str_bytes", "bytes_str",
                                  "str_runes", "runes_str", "concat", "append"};
    for (int i = 0; i < p->sites.len; i++) {
        Site *x = p->sites.data[i];
        if (diag_is_library(x->pos.file))
            continue;  // the Go-source fmt's own sites (stdlib/fmt)
        s = arena_sprintf("%s%s %d:%d %s\n", s, names[x->kind], x->pos.line, x->pos.col, x->text);
    }
    return s;
}

// The i-th site of the program's own files (the standard library's skipped).
static Site *user_site(Program *p, int i) {
    for (int j = 0; j < p->sites.len; j++) {
        Site *x = p->sites.data[j];
        if (!diag_is_library(x->pos.file) && i-- == 0)
            return x;
    }
    return NULL;
}

static void test_sites(void **state) {
    (void)state;
    Program *p = check_src("package main\n\nimport \"fmt\"\n\ntype Student struct{ n int }\n\n"
                           "func main() {\n"
                           "\ta := new(Student)\n"
                           "\tb := &Student{1}\n"
                           "\tc := make([]int, 0, 20)\n"
                           "\td := []int{1, 2}\n"
                           "\tx := 1\n"
                           "\ts := \"a\" + fmt.Sprint(x)\n"
                           "\tbs := []byte(s)\n"
                           "\tp := &x\n"
                           "\tfmt.Println(a, b, c, d, x+1, bs, p)\n"
                           "}\n");
    assert_non_null(p);
    assert_string_equal(site_list(p),
                        "new 8:10 new(Student)\n"
                        "addr_lit 9:7 &Student{...}\n"
                        "make_slice 10:11 make([]int, 0, 20)\n"
                        "slice_lit 11:12 []int{...}\n"
                        "box 13:24 x\n"
                        "variadic 13:23 ... argument\n"
                        "concat 13:11 \"a\" + fmt.Sprint(... argument...)\n"
                        "str_bytes 14:15 ([]byte)(s)\n"
                        "var 12:2 x\n"
                        "box 16:20 c\n"
                        "box 16:23 d\n"
                        "box 16:27 x + 1\n"
                        "box 16:31 bs\n"
                        "variadic 16:13 ... argument\n");
    Site *mk = user_site(p, 2);
    assert_int_equal(mk->count, 20);
    assert_int_equal(mk->size, 160);
    assert_int_equal(validate(p), 0);
}

static void test_variadic_packing(void **state) {
    (void)state;
    Program *p = check_src("package main\nfunc sum(xs ...int) int { return len(xs) }\n"
                           "func main() {\n\t_ = sum()\n\t_ = sum(1, 2)\n\tv := []int{3}\n\t_ = sum(v...)\n}\n");
    assert_non_null(p);
    Stmt *s0 = p->main_func->body->stmts.data[0];
    Stmt *s1 = p->main_func->body->stmts.data[1];
    Stmt *s3 = p->main_func->body->stmts.data[3];
    Expr *c0 = s0->rhs.data[0], *c1 = s1->rhs.data[0], *c3 = s3->rhs.data[0];
    assert_int_equal(c0->call_kind, CALL_FUNC);
    assert_int_equal(((Expr *)c0->args.data[0])->kind, EXPR_ZERO);
    Expr *pack = c1->args.data[0];
    assert_int_equal(pack->kind, EXPR_COMPOSITE);
    assert_int_equal(pack->elts.len, 2);
    assert_int_equal(pack->site->kind, SITE_VARIADIC);
    assert_int_equal(((Expr *)c3->args.data[0])->kind, EXPR_IDENT);
    assert_int_equal(validate(p), 0);
}

static void test_init_order(void **state) {
    (void)state;
    Program *p = check_main("var a = b + f()\nvar b = 1\nvar c, d = pair()\nvar e int\n"
                            "func f() int { return d }\nfunc pair() (int, int) { return 1, 2 }");
    assert_non_null(p);
    assert_int_equal(p->inits.len, 3);
    GlobalInit *g0 = p->inits.data[0], *g1 = p->inits.data[1], *g2 = p->inits.data[2];
    assert_string_equal(((Obj *)g0->lhs.data[0])->name, "b");
    assert_string_equal(((Obj *)g1->lhs.data[0])->name, "c");
    assert_int_equal(g1->lhs.len, 2);
    assert_string_equal(((Obj *)g2->lhs.data[0])->name, "a");
    assert_string_equal(global(p, "a")->link_name, "main.a");
    expect_error("package main\nvar x = y\nvar y = x\nfunc main() {}\n",
                 "t.go:2:5: initialization cycle for x\n\tt.go:2:5: x refers to y\n"
                 "\tt.go:3:5: y refers to x\n");
}

static void test_locals_and_names(void **state) {
    (void)state;
    Program *p = check_src("package main\nfunc f(a int, _ string) (r int) {\n\tb := a\n\t"
                           "for i := range 3 {\n\t\tb += i\n\t}\n\treturn b\n}\n"
                           "func init() {}\nfunc main() { f(1, \"\") }\n");
    assert_non_null(p);
    Func *f = func_named(p, "main.f");
    assert_non_null(f);
    assert_int_equal(f->params.len, 2);
    assert_int_equal(f->results.len, 1);
    assert_true(f->named_results);
    assert_non_null(local(f, "i"));
    assert_int_equal(local(f, "i")->loop_depth, 1);
    assert_true(local(f, "b")->reassigned);
    assert_int_equal(p->init_funcs.len, 1);
    assert_string_equal(((Func *)p->init_funcs.data[0])->name, "main.init.0");
    assert_non_null(p->main_func);
    assert_int_equal(validate(p), 0);
}

static void test_interfaces_and_asserts(void **state) {
    (void)state;
    Program *p = check_src("package main\nfunc main() {\n\tvar i any = 3\n\tn, ok := i.(int)\n"
                           "\tvar e error\n\t_ = e == nil\n\t_ = i == 3\n\t_, _ = n, ok\n}\n");
    assert_non_null(p);
    Stmt *decl = p->main_func->body->stmts.data[0];
    Spec *sp = decl->decl->specs.data[0];
    Expr *v = sp->values.data[0];
    assert_int_equal(v->kind, EXPR_CONVERT);
    assert_ptr_equal(v->type, type_any);
    assert_int_equal(v->site->kind, SITE_BOX);
    Stmt *as = p->main_func->body->stmts.data[1];
    Expr *ta = as->rhs.data[0];
    assert_int_equal(ta->type->kind, TYPE_TUPLE);
    assert_int_equal(validate(p), 0);
    expect_error("package main\nfunc main() {\n\tk := 1\n\t_ = k.(int)\n}\n",
                 "t.go:4:6: invalid operation: k (variable of type int) is not an interface\n");
}

static void test_valid_program_ir(void **state) {
    (void)state;
    Program *p = check_src(
        "package main\n\nimport (\n\t\"fmt\"\n\t\"math\"\n\t\"os\"\n\t\"strconv\"\n)\n\n"
        "type Point struct{ X, Y int }\n\n"
        "func divmod(a, b int) (int, int) { return a / b, a % b }\n\n"
        "func main() {\n"
        "\tpts := []Point{{1, 2}, {3, 4}}\n"
        "\tarr := [3]int{1, 2, 3}\n"
        "\tap := &arr\n"
        "\tap[0] = 5\n"
        "\tsl := arr[1:]\n"
        "\tvar sum float64\n"
        "\tfor i, p := range pts {\n"
        "\t\tsum += float64(p.X*i) + math.Sqrt(2)\n"
        "\t}\n"
        "\tn, err := strconv.Atoi(\"12\")\n"
        "\tif err != nil {\n\t\tos.Exit(1)\n\t}\n"
        "\tk := 1 << uint(n)\n"
        "\tfmt.Println(divmod(7, 2))\n"
        "\tq, r := divmod(divmod(9, 2))\n"
        "\t_, _ = q, r\n"
        "\tfmt.Printf(\"%d %v %s\\n\", k, sl, strconv.Itoa(len(os.Args)))\n"
        "\tswitch x := n % 3; x {\n\tcase 0, 1:\n\t\tfallthrough\n\tdefault:\n\t\tprintln(x, sum)\n\t}\n"
        "}\n");
    assert_non_null(p);
    assert_int_equal(validate(p), 0);
}

static void test_no_crash_on_bad_input(void **state) {
    (void)state;
    const char *bad_programs[] = {
        "package main\nfunc main() { var x = x; _ = x }\n",
        "package main\ntype T struct { t T }\nfunc main() {}\n",
        "package main\ntype A B\ntype B A\nfunc main() {}\n",
        "package main\nfunc main() { for { continue L }; var p *int; _ = p.x.y }\n",
        "package main\nfunc main() { var a [-1]int; _ = a }\n",
        "package main\nfunc main() { _ = 1 << 1000; _ = len(1, 2); _ = make(int) }\n",
        "package main\nfunc main() { f := func() { return 1 }; f() }\n",
        "package main\nfunc main() { var s []int; s[\"x\"] = nil; _ = s[1:0] }\n",
        "package main\nconst c = iota + c\nfunc main() {}\n",
        "package main\nfunc main() { x := nil; _ = x; var m map[int]int; _ = m }\n",
    };
    for (size_t i = 0; i < sizeof bad_programs / sizeof bad_programs[0]; i++) {
        Program *p = check_src(bad_programs[i]);
        assert_null(p);
        assert_true(strlen(errors) > 0);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_types_canonical),
        cmocka_unit_test(test_types_layout),
        cmocka_unit_test(test_types_string),
        cmocka_unit_test(test_expr_types),
        cmocka_unit_test(test_const_values),
        cmocka_unit_test(test_complex_consts),
        cmocka_unit_test(test_representability),
        cmocka_unit_test(test_division_by_zero),
        cmocka_unit_test(test_unused),
        cmocka_unit_test(test_undefined_and_mismatch),
        cmocka_unit_test(test_call_errors),
        cmocka_unit_test(test_redeclared),
        cmocka_unit_test(test_returns),
        cmocka_unit_test(test_control_errors),
        cmocka_unit_test(test_not_supported),
        cmocka_unit_test(test_closure_capture),
        cmocka_unit_test(test_sites),
        cmocka_unit_test(test_variadic_packing),
        cmocka_unit_test(test_init_order),
        cmocka_unit_test(test_locals_and_names),
        cmocka_unit_test(test_interfaces_and_asserts),
        cmocka_unit_test(test_valid_program_ir),
        cmocka_unit_test(test_no_crash_on_bad_input),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
