// test_parser.c: unit tests of parser.c (tree shapes, precedence, statements,
// the composite-literal ambiguity, recovery and gc's syntax error messages).
//
// Trees are printed as S-expressions (printer below) so that each expectation
// fits on a line:  "x := a + b*c"  ->  "(:= (x) ((+ a (* b c))))".
// Error messages were checked against gc (go tool compile, Go 1.26).
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "frontend.h"

// ---------------------------------------------------------------- tree printer
// Prints the AST as an S-expression so tests can state expected shapes in
// one line:  x := a + b*c   ->  (:= (x) ((+ a (* b c))))

typedef struct Out {
    char buf[8192];
    size_t len;
} Out;

static void out(Out *o, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    if (o->len < sizeof o->buf)
        o->len += (size_t)vsnprintf(o->buf + o->len, sizeof o->buf - o->len, fmt, ap);
    va_end(ap);
    if (o->len >= sizeof o->buf)
        o->len = sizeof o->buf - 1;
}

static void p_expr(Out *o, Expr *e);
static void p_stmt(Out *o, Stmt *s);

static void p_exprs(Out *o, Vec *v) {
    for (int i = 0; i < v->len; i++) {
        out(o, " ");
        p_expr(o, v->data[i]);
    }
}

static void p_fields(Out *o, const char *tag, Vec *v) {
    out(o, "(%s", tag);
    for (int i = 0; i < v->len; i++) {
        Field *f = v->data[i];
        out(o, " (");
        for (int j = 0; j < f->names.len; j++)
            out(o, "%s ", ((Expr *)f->names.data[j])->name);
        p_expr(o, f->type);
        if (f->tag)
            out(o, " `%s`", f->tag);
        out(o, ")");
    }
    out(o, ")");
}

static void p_block(Out *o, Block *b) {
    out(o, "{");
    if (b)
        for (int i = 0; i < b->stmts.len; i++) {
            if (i)
                out(o, " ");
            p_stmt(o, b->stmts.data[i]);
        }
    out(o, "}");
}

static void p_expr(Out *o, Expr *e) {
    if (!e) {
        out(o, "_");
        return;
    }
    switch (e->kind) {
    case EXPR_BAD: out(o, "BAD"); break;
    case EXPR_IDENT: out(o, "%s", e->name); break;
    case EXPR_INT_LIT: case EXPR_FLOAT_LIT: case EXPR_IMAG_LIT: case EXPR_CHAR_LIT:
    case EXPR_STRING_LIT:
        out(o, "%s", e->lit);
        break;
    case EXPR_COMPOSITE: out(o, "(lit "); p_expr(o, e->type_expr); p_exprs(o, &e->elts); out(o, ")"); break;
    case EXPR_FUNC_LIT: out(o, "(funclit "); p_expr(o, e->type_expr); out(o, " "); p_block(o, e->body); out(o, ")"); break;
    case EXPR_PAREN: out(o, "(paren "); p_expr(o, e->x); out(o, ")"); break;
    case EXPR_SELECTOR: out(o, "(sel "); p_expr(o, e->x); out(o, " %s)", e->name); break;
    case EXPR_INDEX: out(o, "(index "); p_expr(o, e->x); out(o, " "); p_expr(o, e->index); out(o, ")"); break;
    case EXPR_SLICE:
        out(o, "(slice "); p_expr(o, e->x); out(o, " "); p_expr(o, e->lo); out(o, " "); p_expr(o, e->hi);
        if (e->slice3) { out(o, " "); p_expr(o, e->max); }
        out(o, ")");
        break;
    case EXPR_TYPE_ASSERT:
        out(o, "(assert "); p_expr(o, e->x); out(o, " ");
        if (e->type_expr) p_expr(o, e->type_expr); else out(o, "type");
        out(o, ")");
        break;
    case EXPR_CALL: out(o, "(call "); p_expr(o, e->fn); p_exprs(o, &e->args); out(o, "%s)", e->has_dots ? " ..." : ""); break;
    case EXPR_STAR: out(o, "(* "); p_expr(o, e->x); out(o, ")"); break;
    case EXPR_UNARY: out(o, "(%s ", tok_string(e->op)); p_expr(o, e->x); out(o, ")"); break;
    case EXPR_BINARY: out(o, "(%s ", tok_string(e->op)); p_expr(o, e->x); out(o, " "); p_expr(o, e->y); out(o, ")"); break;
    case EXPR_KEY_VALUE: out(o, "(kv "); p_expr(o, e->key); out(o, " "); p_expr(o, e->value); out(o, ")"); break;
    case EXPR_ARRAY_TYPE:
        if (!e->len) { out(o, "(slicetype "); p_expr(o, e->elem); out(o, ")"); break; }
        out(o, "(array "); p_expr(o, e->len); out(o, " "); p_expr(o, e->elem); out(o, ")");
        break;
    case EXPR_STRUCT_TYPE: p_fields(o, "struct", &e->fields); break;
    case EXPR_FUNC_TYPE: out(o, "(func "); p_fields(o, "params", &e->params); out(o, " "); p_fields(o, "results", &e->results); out(o, ")"); break;
    case EXPR_INTERFACE_TYPE: p_fields(o, "interface", &e->fields); break;
    case EXPR_MAP_TYPE: out(o, "(map "); p_expr(o, e->key); out(o, " "); p_expr(o, e->elem); out(o, ")"); break;
    case EXPR_CHAN_TYPE: out(o, "(chan%d ", e->chan_dir); p_expr(o, e->elem); out(o, ")"); break;
    case EXPR_ELLIPSIS: out(o, "(... "); p_expr(o, e->elem); out(o, ")"); break;
    default: out(o, "?"); break;
    }
}

static void p_opt_stmt(Out *o, Stmt *s) {
    if (s) p_stmt(o, s); else out(o, "_");
}

static void p_clauses(Out *o, Vec *v) {
    for (int i = 0; i < v->len; i++) {
        CaseClause *c = v->data[i];
        out(o, " (%s", c->is_default ? "default" : "case");
        if (c->comm) { out(o, " "); p_stmt(o, c->comm); }
        p_exprs(o, &c->exprs);
        out(o, " :");
        for (int j = 0; j < c->body.len; j++) { out(o, " "); p_stmt(o, c->body.data[j]); }
        out(o, ")");
    }
}

static void p_decl(Out *o, Decl *d) {
    static const char *kinds[] = {"import", "const", "var", "type", "func"};
    if (d->kind == DECL_FUNC) {
        out(o, "(funcdecl ");
        if (d->recv) { Vec v = {0}; vec_push(&v, d->recv); p_fields(o, "recv", &v); out(o, " "); }
        out(o, "%s ", d->name->name);
        p_expr(o, d->type);
        if (d->body) { out(o, " "); p_block(o, d->body); }
        out(o, ")");
        return;
    }
    out(o, "(%s", kinds[d->kind]);
    for (int i = 0; i < d->specs.len; i++) {
        Spec *s = d->specs.data[i];
        out(o, " (");
        for (int j = 0; j < s->names.len; j++)
            out(o, "%s%s", j ? "," : "", ((Expr *)s->names.data[j])->name);
        if (s->is_alias) out(o, " =");
        if (d->kind == DECL_CONST) out(o, " iota=%d", s->iota);
        if (s->type) { out(o, " "); p_expr(o, s->type); }
        if (s->values.len) { out(o, " ="); p_exprs(o, &s->values); }
        out(o, ")");
    }
    out(o, ")");
}

static void p_stmt(Out *o, Stmt *s) {
    switch (s->kind) {
    case STMT_BAD: out(o, "BAD"); break;
    case STMT_EMPTY: out(o, "(empty)"); break;
    case STMT_DECL: p_decl(o, s->decl); break;
    case STMT_LABELED: out(o, "(label %s ", s->label); p_stmt(o, s->stmt); out(o, ")"); break;
    case STMT_EXPR: p_expr(o, s->x); break;
    case STMT_SEND: out(o, "(send "); p_expr(o, s->x); out(o, " "); p_expr(o, s->y); out(o, ")"); break;
    case STMT_INCDEC: out(o, "(%s ", tok_string(s->op)); p_expr(o, s->x); out(o, ")"); break;
    case STMT_ASSIGN:
        out(o, "(%s (", tok_string(s->op));
        for (int i = 0; i < s->lhs.len; i++) { if (i) out(o, " "); p_expr(o, s->lhs.data[i]); }
        out(o, ") (");
        for (int i = 0; i < s->rhs.len; i++) { if (i) out(o, " "); p_expr(o, s->rhs.data[i]); }
        out(o, "))");
        break;
    case STMT_GO: out(o, "(go "); p_expr(o, s->x); out(o, ")"); break;
    case STMT_DEFER: out(o, "(defer "); p_expr(o, s->x); out(o, ")"); break;
    case STMT_RETURN: out(o, "(return"); p_exprs(o, &s->rhs); out(o, ")"); break;
    case STMT_BREAK: out(o, "(break%s%s)", s->label ? " " : "", s->label ? s->label : ""); break;
    case STMT_CONTINUE: out(o, "(continue%s%s)", s->label ? " " : "", s->label ? s->label : ""); break;
    case STMT_GOTO: out(o, "(goto %s)", s->label); break;
    case STMT_FALLTHROUGH: out(o, "(fallthrough)"); break;
    case STMT_BLOCK: p_block(o, s->body); break;
    case STMT_IF:
        out(o, "(if "); p_opt_stmt(o, s->init); out(o, " "); p_expr(o, s->cond); out(o, " ");
        p_block(o, s->body);
        if (s->else_) { out(o, " else "); p_stmt(o, s->else_); }
        out(o, ")");
        break;
    case STMT_SWITCH:
        out(o, "(switch "); p_opt_stmt(o, s->init); out(o, " "); p_expr(o, s->x); p_clauses(o, &s->clauses); out(o, ")");
        break;
    case STMT_TYPE_SWITCH:
        out(o, "(typeswitch "); p_opt_stmt(o, s->init); out(o, " "); p_stmt(o, s->assign); p_clauses(o, &s->clauses); out(o, ")");
        break;
    case STMT_SELECT: out(o, "(select"); p_clauses(o, &s->clauses); out(o, ")"); break;
    case STMT_FOR:
        out(o, "(for "); p_opt_stmt(o, s->init); out(o, " "); p_expr(o, s->cond); out(o, " ");
        p_opt_stmt(o, s->post); out(o, " "); p_block(o, s->body); out(o, ")");
        break;
    case STMT_RANGE:
        out(o, "(range "); p_expr(o, s->key); out(o, " "); p_expr(o, s->value);
        out(o, " %s ", s->define ? ":=" : "="); p_expr(o, s->x); out(o, " "); p_block(o, s->body); out(o, ")");
        break;
    }
}

// ---------------------------------------------------------------- helpers

static char errbuf[8192];

// Parses src as file "t.go", capturing diagnostics in errbuf.
static File *parse(const char *src) {
    diag_capture(errbuf, sizeof errbuf);
    diag_reset();
    size_t n = strlen(src);
    char *copy = arena_strndup(src, n);
    return parse_file(diag_add_file("t.go", copy, n));
}

// The S-expression of all top-level declarations, one per line.
static const char *decls(const char *src) {
    File *f = parse(src);
    static Out o;
    o.len = 0;
    o.buf[0] = 0;
    for (int i = 0; i < f->decls.len; i++) {
        if (i)
            out(&o, "\n");
        p_decl(&o, f->decls.data[i]);
    }
    return o.buf;
}

// The statements of body, placed in "func f() { body }".
static const char *stmts(const char *body) {
    File *f = parse(arena_sprintf("package p\nfunc f() {\n%s\n}\n", body));
    static Out o;
    o.len = 0;
    o.buf[0] = 0;
    Decl *d = f->decls.len ? f->decls.data[0] : NULL;
    if (!d || !d->body)
        return "<no body>";
    for (int i = 0; i < d->body->stmts.len; i++) {
        if (i)
            out(&o, " ");
        p_stmt(&o, d->body->stmts.data[i]);
    }
    return o.buf;
}

// The tree of one expression.
static const char *expr(const char *x) { return stmts(arena_sprintf("_ = %s", x)) + 8; }

// Asserts the S-expression of an expression ("(= (_) (" prefix stripped).
#define ASSERT_EXPR(src, want)                                        \
    do {                                                              \
        const char *got_ = expr(src);                                 \
        char want_[1024];                                             \
        snprintf(want_, sizeof want_, "%s))", want);                  \
        assert_string_equal(got_, want_);                             \
        assert_string_equal(errbuf, "");                              \
    } while (0)

// ---------------------------------------------------------------- tests

static void test_package_and_imports(void **state) {
    (void)state;
    File *f = parse("package main\n\nimport \"fmt\"\nimport (\n\tm \"math\"\n\t. \"os\"\n\t_ \"strconv\"\n)\n\nvar x int\n");
    assert_string_equal(errbuf, "");
    assert_string_equal(f->package, "main");
    assert_int_equal(f->pkg_pos.line, 1);
    assert_int_equal(f->imports.len, 4);
    Spec *s0 = f->imports.data[0], *s1 = f->imports.data[1], *s2 = f->imports.data[2];
    assert_string_equal(s0->path, "fmt");
    assert_int_equal(s0->names.len, 0);
    assert_string_equal(s1->path, "math");
    assert_string_equal(((Expr *)s1->names.data[0])->name, "m");
    assert_string_equal(((Expr *)s2->names.data[0])->name, ".");
    assert_int_equal(f->decls.len, 1);  // imports are not in decls
}

static void test_const_groups_and_iota(void **state) {
    (void)state;
    assert_string_equal(decls("package p\nconst (\n\tA, B = iota, iota * 10\n\tC, D\n\tE int = 5\n\tF\n)\nconst G = 1\n"),
                        "(const (A,B iota=0 = iota (* iota 10)) (C,D iota=1 = iota (* iota 10)) "
                        "(E iota=2 int = 5) (F iota=3 int = 5))\n"
                        "(const (G iota=0 = 1))");
    // the repeated expressions are copies, not shared nodes
    File *f = parse("package p\nconst (\n\tA = iota\n\tB\n)\n");
    Decl *d = f->decls.data[0];
    Spec *a = d->specs.data[0], *b = d->specs.data[1];
    assert_ptr_not_equal(a->values.data[0], b->values.data[0]);
    assert_string_equal(((Expr *)b->values.data[0])->name, "iota");
}

static void test_var_and_type_decls(void **state) {
    (void)state;
    assert_string_equal(decls("package p\nvar x, y = 1, 2\nvar (\n\tz []map[string]*T\n\tw int = 3\n)\n"),
                        "(var (x,y = 1 2))\n(var (z (slicetype (map string (* T)))) (w int = 3))");
    assert_string_equal(decls("package p\ntype (\n\tA = B\n\tC [4]int\n\tD [...]int\n\tE chan<- <-chan int\n\tF func(int, ...string) (a, b bool)\n)\n"),
                        "(type (A = B) (C (array 4 int)) (D (array (... _) int)) (E (chan1 (chan2 int))) "
                        "(F (func (params (int) ((... string))) (results (a b bool)))))");
    assert_string_equal(errbuf, "");
}

static void test_struct_and_interface_types(void **state) {
    (void)state;
    assert_string_equal(decls("package p\ntype T struct {\n\ta, b int `json:\"a\"`\n\t*pkg.E\n\tU\n\tf func()\n}\n"),
                        "(type (T (struct (a b int `json:\"a\"`) ((* (sel pkg E))) (U) (f (func (params) (results))))))");
    assert_string_equal(decls("package p\ntype I interface {\n\tM(x int) (int, error)\n\tfmt.Stringer\n\tJ\n}\n"),
                        "(type (I (interface (M (func (params (x int)) (results (int) (error)))) ((sel fmt Stringer)) (J))))");
    assert_string_equal(errbuf, "");
}

static void test_func_decls(void **state) {
    (void)state;
    assert_string_equal(decls("package p\nfunc (t *T) M(a, b int, c ...string) (r int, err error) { return }\n"),
                        "(funcdecl (recv (t (* T))) M (func (params (a b int) (c (... string))) "
                        "(results (r int) (err error))) {(return)})");
    // no body; unnamed parameters; a lone name is a type
    assert_string_equal(decls("package p\nfunc f(int, string) bool\nfunc g(T) (x, y T)\n"),
                        "(funcdecl f (func (params (int) (string)) (results (bool))))\n"
                        "(funcdecl g (func (params (T)) (results (x y T))))");
    File *f = parse("package p\nfunc (T) m() {}\n");
    Decl *d = f->decls.data[0];
    assert_non_null(d->recv);
    assert_int_equal(d->recv->names.len, 0);
    assert_string_equal(errbuf, "");
}

static void test_expression_precedence(void **state) {
    (void)state;
    ASSERT_EXPR("a + b*c - d", "(- (+ a (* b c)) d)");
    ASSERT_EXPR("a || b && c == d", "(|| a (&& b (== c d)))");
    ASSERT_EXPR("a << 1 | b &^ c", "(| (<< a 1) (&^ b c))");
    ASSERT_EXPR("x < y == (z > w)", "(== (< x y) (paren (> z w)))");
    ASSERT_EXPR("-a * ^b", "(* (- a) (^ b))");
    ASSERT_EXPR("!*p && <-ch", "(&& (! (* p)) (<- ch))");
    ASSERT_EXPR("&x.f[1]", "(& (index (sel x f) 1))");
}

static void test_primary_expressions(void **state) {
    (void)state;
    ASSERT_EXPR("f(a, b...)", "(call f a b ...)");
    ASSERT_EXPR("f(a, b,)", "(call f a b)");
    ASSERT_EXPR("a[1:2]", "(slice a 1 2)");
    ASSERT_EXPR("a[:]", "(slice a _ _)");
    ASSERT_EXPR("a[1:2:3]", "(slice a 1 2 3)");
    ASSERT_EXPR("x.(T).y", "(sel (assert x T) y)");
    ASSERT_EXPR("pkg.F(1)(2)", "(call (call (sel pkg F) 1) 2)");
    ASSERT_EXPR("[]byte(s)", "(call (slicetype byte) s)");
    ASSERT_EXPR("(*T)(nil)", "(call (paren (* T)) nil)");
    ASSERT_EXPR("func(x int) int { return x }", "(funclit (func (params (x int)) (results (int))) {(return x)})");
    ASSERT_EXPR("'a' + 1.5 + 2i + \"s\"", "(+ (+ (+ 'a' 1.5) 2i) \"s\")");
}

static void test_composite_literals(void **state) {
    (void)state;
    ASSERT_EXPR("T{1, 2}", "(lit T 1 2)");
    ASSERT_EXPR("&T{a: 1, b: f()}", "(& (lit T (kv a 1) (kv b (call f))))");
    ASSERT_EXPR("[][]int{{1}, {2, 3}}", "(lit (slicetype (slicetype int)) (lit _ 1) (lit _ 2 3))");
    ASSERT_EXPR("map[string]T{\"a\": {1}}", "(lit (map string T) (kv \"a\" (lit _ 1)))");
    ASSERT_EXPR("[...]int{1, 2,}", "(lit (array (... _) int) 1 2)");
    ASSERT_EXPR("pkg.T{}", "(lit (sel pkg T))");
    ASSERT_EXPR("struct{ x int }{1}", "(lit (struct (x int)) 1)");
}

static void test_composite_literal_ambiguity(void **state) {
    (void)state;
    // At the top level of a header, "T {" opens the block ...
    assert_string_equal(stmts("if x == T {\n}"), "(if _ (== x T) {})");
    // ... so T{} there is an error, as in gc
    stmts("if x == T{} {\n}");
    assert_string_equal(errbuf, "t.go:3:13: syntax error: unexpected { at end of statement\n"
                                "t.go:5:1: syntax error: non-declaration statement outside function body\n");
    // parenthesised, or inside a call or index, it is a literal
    assert_string_equal(stmts("if x == (T{}) {\n}"), "(if _ (== x (paren (lit T))) {})");
    assert_string_equal(stmts("for _, v := range f(T{1}) {\n}"), "(range _ v := (call f (lit T 1)) {})");
    // literal types that are not bare names are fine
    assert_string_equal(stmts("for _, v := range []int{1, 2} {\n}"), "(range _ v := (lit (slicetype int) 1 2) {})");
    assert_string_equal(stmts("switch s := (S{}); s {\n}"), "(switch (:= (s) ((paren (lit S)))) s)");
    assert_string_equal(errbuf, "");
}

static void test_simple_statements(void **state) {
    (void)state;
    assert_string_equal(stmts("x := 1\ny, z = z, y\nx++\ny--\nch <- v\nf()"),
                        "(:= (x) (1)) (= (y z) (z y)) (++ x) (-- y) (send ch v) (call f)");
    assert_string_equal(stmts("a += 1; a -= 1; a *= 1; a /= 1; a %= 1"),
                        "(+= (a) (1)) (-= (a) (1)) (*= (a) (1)) (/= (a) (1)) (%= (a) (1))");
    assert_string_equal(stmts("a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1; a &^= 1"),
                        "(&= (a) (1)) (|= (a) (1)) (^= (a) (1)) (<<= (a) (1)) (>>= (a) (1)) (&^= (a) (1))");
    assert_string_equal(stmts("v, ok := <-ch\n*p = 3\na[i], b.f = 1, 2"),
                        "(:= (v ok) ((<- ch))) (= ((* p)) (3)) (= ((index a i) (sel b f)) (1 2))");
    assert_string_equal(errbuf, "");
}

static void test_if_and_for(void **state) {
    (void)state;
    assert_string_equal(stmts("if v := f(); v > 0 {\n\tx++\n} else if w {\n} else {\n\ty--\n}"),
                        "(if (:= (v) ((call f))) (> v 0) {(++ x)} else (if _ w {} else {(-- y)}))");
    assert_string_equal(stmts("for i := 0; i < 10; i++ {\n\tcontinue\n}"),
                        "(for (:= (i) (0)) (< i 10) (++ i) {(continue)})");
    assert_string_equal(stmts("for x < 3 {\n}\nfor {\n\tbreak\n}\nfor ;; {\n}"),
                        "(for _ (< x 3) _ {}) (for _ _ _ {(break)}) (for _ _ _ {})");
    assert_string_equal(stmts("for k, v := range m {\n}\nfor k = range m {\n}\nfor range 10 {\n}"),
                        "(range k v := m {}) (range k _ = m {}) (range _ _ = 10 {})");
    assert_string_equal(errbuf, "");
}

static void test_switch_and_select(void **state) {
    (void)state;
    assert_string_equal(stmts("switch x := f(); x {\ncase 1, 2:\n\tfallthrough\ndefault:\n}"),
                        "(switch (:= (x) ((call f))) x (case 1 2 : (fallthrough)) (default :))");
    assert_string_equal(stmts("switch {\ncase a > b:\n\treturn\n}"), "(switch _ _ (case (> a b) : (return)))");
    assert_string_equal(stmts("switch v := y.(type) {\ncase int, *T:\ncase nil:\n}"),
                        "(typeswitch _ (:= (v) ((assert y type))) (case int (* T) :) (case nil :))");
    assert_string_equal(stmts("switch x = 1; y.(type) {\n}"), "(typeswitch (= (x) (1)) (assert y type))");
    assert_string_equal(stmts("select {\ncase v := <-ch:\n\tf(v)\ncase ch <- 1:\ncase <-done:\ndefault:\n}"),
                        "(select (case (:= (v) ((<- ch))) : (call f v)) (case (send ch 1) :) (case (<- done) :) (default :))");
    assert_string_equal(errbuf, "");
}

static void test_other_statements(void **state) {
    (void)state;
    assert_string_equal(stmts("go f(x)\ndefer func() { recover() }()\nreturn 1, 2"),
                        "(go (call f x)) (defer (call (funclit (func (params) (results)) {(call recover)}))) (return 1 2)");
    assert_string_equal(stmts("L:\n\tfor {\n\t\tbreak L\n\t}\n\tgoto L\nM:\n"),
                        "(label L (for _ _ _ {(break L)})) (goto L) (label M (empty))");
    assert_string_equal(stmts("var x int\nconst c = 1\ntype T struct{}\n{\n\tx = 1\n}"),
                        "(var (x int)) (const (c iota=0 = 1)) (type (T (struct))) {(= (x) (1))}");
    assert_string_equal(errbuf, "");
}

static void test_positions_follow_gc(void **state) {
    (void)state;
    File *f = parse("package p\nfunc f() {\n\tx := a + g(b)\n\ts := []int{1}\n}\n");
    Decl *d = f->decls.data[0];
    Stmt *s = d->body->stmts.data[0];
    assert_int_equal(s->pos.col, 4);  // the ':='
    Expr *bin = s->rhs.data[0];
    assert_int_equal(bin->pos.col, 9);  // the '+'
    assert_int_equal(expr_start(bin).col, 7);
    assert_int_equal(bin->y->pos.col, 12);  // the call's '('
    assert_int_equal(expr_start(bin->y).col, 11);
    Stmt *s2 = d->body->stmts.data[1];
    Expr *lit = s2->rhs.data[0];
    assert_int_equal(lit->pos.col, 12);  // the '{'
    assert_int_equal(expr_start(lit).col, 7);
    assert_int_equal(d->body->pos.line, 2);
    assert_int_equal(d->body->end.line, 5);

    f = parse("package p\nfunc f() {\n\t_ = t.\n\t\th\n\tgoto   L\n}\n");
    d = f->decls.data[0];
    Expr *sel = ((Stmt *)d->body->stmts.data[0])->rhs.data[0];
    assert_int_equal(sel->pos.line, 3);  // the '.'
    assert_int_equal(sel->pos.col, 7);
    assert_int_equal(sel->name_pos.line, 4);  // the name, where gc reports "undefined"
    assert_int_equal(sel->name_pos.col, 3);
    Stmt *g = d->body->stmts.data[1];
    assert_int_equal(g->pos.col, 2);
    assert_int_equal(g->label_pos.col, 9);
}

// Each case: a body, and the exact diagnostics gc gives for it.
static void test_syntax_error_messages(void **state) {
    (void)state;
    static const char *cases[][2] = {
        {"package main\nfunc main() {\n\tf(a, b\n}\n",
         "t.go:3:8: syntax error: unexpected newline in argument list; possibly missing comma or )\n"},
        {"package main\nfunc main() {\n\tx := \n}\n", "t.go:4:1: syntax error: unexpected }, expected expression\n"},
        {"package main\nx := 1\n", "t.go:2:1: syntax error: non-declaration statement outside function body\n"},
        {"package main\nfunc main() {\n\tif x\n\t{\n\t}\n}\n",
         "t.go:3:6: syntax error: unexpected newline, expected { after if clause\n"},
        {"package main\nfunc main() {\n\tif x := 1 {\n\t}\n}\n", "t.go:3:7: syntax error: cannot use x := 1 as value\n"},
        {"package main\nfunc main() {\n\tif x = 1 {\n\t}\n}\n",
         "t.go:3:7: syntax error: cannot use assignment x = 1 as value\n"},
        {"package main\nfunc main()\n{\n}\n", "t.go:3:1: syntax error: unexpected semicolon or newline before {\n"},
        {"package main\nfunc main() {\n\tswitch x {\n\tcase 1\n\t}\n}\n",
         "t.go:4:8: syntax error: unexpected newline, expected :\n"},
        {"package main\nfunc f(a int, b) {}\n", "t.go:2:16: syntax error: missing parameter type\n"},
        {"package main\nfunc h(a ...int, b int) {}\n", "t.go:2:10: can only use ... with final parameter\n"},
        {"package main\ntype T struct {\n\ta int,\n\tb int\n}\n",
         "t.go:3:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }\n"},
        {"package main\nfunc main() {\n\tif x {\n\t} else for {\n\t}\n}\n",
         "t.go:4:9: syntax error: else must be followed by if or statement block\n"},
        {"package main\nfunc main() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n",
         "t.go:3:23: syntax error: cannot declare in post statement of for loop\n"},
        {"package main\nvar x = 1 +\nfunc main() {}\n", "t.go:3:6: syntax error: unexpected name main, expected (\n"},
        {"package main\nfunc main() {\n\tx := T{1}\n\tif x == T{1} {\n\t}\n}\n",
         "t.go:4:15: syntax error: unexpected { at end of statement\n"
         "t.go:6:1: syntax error: non-declaration statement outside function body\n"},
        {"package main\nimport fmt\n", "t.go:2:11: syntax error: missing import path\n"},
        {"func main() {}\n", "t.go:1:1: syntax error: package statement must be first\n"},
        {"package main\nfunc main() {\n\tgo (f())\n}\n", "t.go:3:5: expression in go must not be parenthesized\n"},
        {"package main\nfunc main() {\n\t_ = a[1::2]\n}\n", "t.go:3:10: middle index required in 3-index slice\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        parse(cases[i][0]);
        assert_string_equal(errbuf, cases[i][1]);
    }
}

static void test_recovery_reports_several_errors(void **state) {
    (void)state;
    File *f = parse("package p\nfunc a() {\n\tx := \n}\nfunc b() {\n\ty := )\n}\nfunc c() { return }\n");
    assert_string_equal(errbuf, "t.go:4:1: syntax error: unexpected }, expected expression\n"
                                "t.go:6:7: syntax error: unexpected ), expected expression\n");
    assert_int_equal(f->decls.len, 3);  // parsing went on to the end
    Decl *c = f->decls.data[2];
    assert_string_equal(c->name->name, "c");
    assert_int_equal(c->body->stmts.len, 1);
}

static void test_generics_not_supported(void **state) {
    (void)state;
    File *f = parse("package p\nfunc F[T any](x T) T { return x }\ntype L[T any] struct{ v T }\nfunc main() {}\n");
    assert_string_equal(errbuf, "t.go:2:7: generic functions are not supported\n"
                                "t.go:3:7: generic types are not supported\n");
    assert_int_equal(f->decls.len, 3);
    // an array type declaration is not mistaken for a generic one
    parse("package p\nconst N = 2\ntype A [N]int\ntype B [N * 2]int\n");
    assert_string_equal(errbuf, "");
}

static void test_deep_nesting_is_an_error_not_a_crash(void **state) {
    (void)state;
    size_t depth = 100000;
    char *src = malloc(depth * 2 + 64);
    size_t n = (size_t)sprintf(src, "package p\nvar x = ");
    memset(src + n, '(', depth);
    n += depth;
    n += (size_t)sprintf(src + n, "1\n");
    src[n] = 0;
    File *f = parse(src);
    assert_non_null(f);
    assert_non_null(strstr(errbuf, "too deeply nested"));
    // nested blocks too
    n = (size_t)sprintf(src, "package p\nfunc f() ");
    memset(src + n, '{', depth);
    src[n + depth] = 0;
    parse(src);
    assert_non_null(strstr(errbuf, "too deeply nested"));
    // long left-deep chains (a+a+a..., x.f.f.f...) count as depth as well,
    // so no later recursive pass can overflow the stack on them
    n = (size_t)sprintf(src, "package p\nvar x = a");
    for (size_t i = 0; i < depth / 4; i++)
        n += (size_t)sprintf(src + n, "+a");
    parse(src);
    assert_non_null(strstr(errbuf, "too deeply nested"));
    n = (size_t)sprintf(src, "package p\nvar x = a");
    for (size_t i = 0; i < depth / 4; i++)
        n += (size_t)sprintf(src + n, ".f");
    parse(src);
    assert_non_null(strstr(errbuf, "too deeply nested"));
    // ... while a moderately long chain is fine
    n = (size_t)sprintf(src, "package p\nvar x = a");
    for (size_t i = 0; i < 500; i++)
        n += (size_t)sprintf(src + n, "+a[1].f");
    sprintf(src + n, "\n");
    parse(src);
    assert_string_equal(errbuf, "");
    free(src);
}

static void test_random_token_soup_terminates(void **state) {
    (void)state;
    // Deterministic pseudo-random programs made of Go tokens: the parser
    // must end (no hang, no crash) whatever it is fed.
    static const char *words[] = {"package", "p", "func", "(", ")", "{", "}", "[", "]", "x", ",",
                                  ";", ":", ":=", "=", "if", "for", "switch", "case", "default",
                                  "range", "go", "type", "struct", "interface", "map", "chan",
                                  "<-", "*", "&", "1", "\"s\"", ".", "...", "\n", "else", "var",
                                  "const", "return", "select", "+", "T", "~", "|"};
    uint32_t seed = 7;
    char *src = malloc(1 << 16);
    for (int round = 0; round < 200; round++) {
        size_t n = (size_t)sprintf(src, "package p\n");
        for (int i = 0; i < 400; i++) {
            seed = seed * 1103515245u + 12345u;
            n += (size_t)sprintf(src + n, "%s ", words[(seed >> 16) % (sizeof words / sizeof words[0])]);
        }
        src[n] = 0;
        assert_non_null(parse(src));
    }
    free(src);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_package_and_imports),
        cmocka_unit_test(test_const_groups_and_iota),
        cmocka_unit_test(test_var_and_type_decls),
        cmocka_unit_test(test_struct_and_interface_types),
        cmocka_unit_test(test_func_decls),
        cmocka_unit_test(test_expression_precedence),
        cmocka_unit_test(test_primary_expressions),
        cmocka_unit_test(test_composite_literals),
        cmocka_unit_test(test_composite_literal_ambiguity),
        cmocka_unit_test(test_simple_statements),
        cmocka_unit_test(test_if_and_for),
        cmocka_unit_test(test_switch_and_select),
        cmocka_unit_test(test_other_statements),
        cmocka_unit_test(test_positions_follow_gc),
        cmocka_unit_test(test_syntax_error_messages),
        cmocka_unit_test(test_recovery_reports_several_errors),
        cmocka_unit_test(test_generics_not_supported),
        cmocka_unit_test(test_deep_nesting_is_an_error_not_a_crash),
        cmocka_unit_test(test_random_token_soup_terminates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
