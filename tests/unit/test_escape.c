// test_escape.c: unit tests of the escape analysis (escape/).
//
// Each test parses and checks a small Go source, runs esc_analyze, and
// asserts the decision of the allocation sites on given lines, and where it
// matters the -m lines (captured from stderr).  The expectations are gc's
// (go build -gcflags='-m -l', Go 1.26); tests/escape/ holds the full
// programs checked line by line against gc's output.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "escape.h"
#include "frontend.h"

static Program *compile(const char *src) {
    diag_reset();
    int f = diag_add_file("x.go", src, strlen(src));
    File *file = parse_file(f);
    assert_int_equal(diag_error_count(), 0);
    Program *prog = check_program(&file, 1);
    assert_non_null(prog);
    assert_int_equal(diag_error_count(), 0);
    return prog;
}

// Runs the analysis, returning what -m printed.
static const char *analyze(Program *prog, bool enabled, int verbosity) {
    static char buf[16384];
    fflush(stderr);
    int saved = dup(2);
    FILE *tmp = tmpfile();
    assert_non_null(tmp);
    dup2(fileno(tmp), 2);
    EscOptions opt = {.enabled = enabled, .verbosity = verbosity};
    esc_analyze(prog, &opt);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    rewind(tmp);
    size_t n = fread(buf, 1, sizeof buf - 1, tmp);
    buf[n] = 0;
    fclose(tmp);
    return buf;
}

// The site of the given kind on line (the first one).
static Site *site_at(Program *prog, SiteKind kind, int line) {
    for (int i = 0; i < prog->sites.len; i++) {
        Site *s = prog->sites.data[i];
        if (s->kind == kind && s->pos.line == line)
            return s;
    }
    fail_msg("no site of kind %d on line %d", kind, line);
    return NULL;
}

static void assert_has_line(const char *out, const char *line) {
    if (!strstr(out, line))
        fail_msg("-m output lacks \"%s\"; it was:\n%s", line, out);
}

static void test_new_returned(void **state) {
    Program *p = compile("package main\n"
                         "type Student struct {\n\tName string\n\tAge  int\n}\n"
                         "func StudentRegister(name string, age int) *Student {\n"  // 6
                         "\ts := new(Student)\n"                                     // 7
                         "\ts.Name = name\n\ts.Age = age\n\treturn s\n}\n"
                         "func main() { StudentRegister(\"Jim\", 18) }\n");
    const char *out = analyze(p, true, 1);
    assert_int_equal(site_at(p, SITE_NEW, 7)->decision, SITE_HEAP);
    assert_has_line(out, "x.go:7:10: new(Student) escapes to heap");
    assert_has_line(out, "x.go:6:22: leaking param: name");
}

static void test_make_sizes(void **state) {
    Program *p = compile("package main\n"
                         "func F() int {\n"
                         "\ta := make([]int, 0, 20)\n"      // 3
                         "\tb := make([]int, 0, 20000)\n"   // 4
                         "\tc := make([]int, 8192)\n"       // 5
                         "\td := make([]int, 8193)\n"       // 6
                         "\treturn len(a) + len(b) + len(c) + len(d)\n}\n"
                         "func main() { println(F()) }\n");
    const char *out = analyze(p, true, 1);
    assert_int_equal(site_at(p, SITE_MAKE_SLICE, 3)->decision, SITE_STACK);
    assert_int_equal(site_at(p, SITE_MAKE_SLICE, 4)->decision, SITE_HEAP);
    assert_int_equal(site_at(p, SITE_MAKE_SLICE, 5)->decision, SITE_STACK);
    assert_int_equal(site_at(p, SITE_MAKE_SLICE, 6)->decision, SITE_HEAP);
    assert_has_line(out, "x.go:3:11: make([]int, 0, 20) does not escape");
    assert_has_line(out, "x.go:4:11: make([]int, 0, 20000) escapes to heap");
}

static void test_nonconst_make(void **state) {
    Program *p = compile("package main\n"
                         "func F(n int) int {\n"
                         "\tl := 20\n"
                         "\tc := make([]int, 0, l)\n"  // 4: l is statically 20
                         "\td := make([]int, n)\n"     // 5: run-time size, small ones on the stack
                         "\treturn len(c) + len(d)\n}\n"
                         "func G(n int) []int { return make([]int, n) }\n"  // 8
                         "func main() { println(F(1), len(G(2))) }\n");
    const char *out = analyze(p, true, 1);
    Site *c = site_at(p, SITE_MAKE_SLICE, 4);
    assert_int_equal(c->decision, SITE_STACK);
    assert_int_equal(c->count, 20);  // rewritten to the constant, as gc does
    assert_has_line(out, "x.go:4:11: make([]int, 0, 20) does not escape");
    assert_int_equal(site_at(p, SITE_MAKE_SLICE, 5)->decision, SITE_STACK);
    assert_int_equal(site_at(p, SITE_MAKE_SLICE, 8)->decision, SITE_HEAP);
}

static void test_address_taken(void **state) {
    Program *p = compile("package main\n"
                         "func Local() int {\n\tx := 1\n\tp := &x\n\treturn *p\n}\n"  // x on line 3
                         "func Returned() *int {\n\ty := 2\n\treturn &y\n}\n"         // y on line 8
                         "func main() { println(Local(), *Returned()) }\n");
    const char *out = analyze(p, true, 1);
    assert_int_equal(site_at(p, SITE_VAR, 3)->decision, SITE_STACK);
    assert_int_equal(site_at(p, SITE_VAR, 8)->decision, SITE_HEAP);
    assert_has_line(out, "x.go:8:2: moved to heap: y");
    assert_null(strstr(out, "moved to heap: x"));
}

static void test_closure_fibonacci(void **state) {
    Program *p = compile("package main\n"
                         "func Fibonacci() func() int {\n"
                         "\ta, b := 0, 1\n"            // 3
                         "\treturn func() int {\n"     // 4
                         "\t\ta, b = b, a+b\n\t\treturn a\n\t}\n}\n"
                         "func main() { f := Fibonacci(); println(f()) }\n");
    const char *out = analyze(p, true, 1);
    assert_int_equal(site_at(p, SITE_CLOSURE, 4)->decision, SITE_HEAP);
    assert_has_line(out, "x.go:3:2: moved to heap: a");
    assert_has_line(out, "x.go:3:5: moved to heap: b");
    assert_has_line(out, "x.go:4:9: func literal escapes to heap");
}

static void test_closure_local(void **state) {
    Program *p = compile("package main\n"
                         "func Counter() int {\n"
                         "\tn := 0\n"
                         "\tinc := func() { n++ }\n"   // 4
                         "\tinc()\n\treturn n\n}\n"
                         "func main() { println(Counter()) }\n");
    const char *out = analyze(p, true, 1);
    assert_int_equal(site_at(p, SITE_CLOSURE, 4)->decision, SITE_STACK);
    assert_int_equal(site_at(p, SITE_VAR, 3)->decision, SITE_STACK);
    assert_has_line(out, "x.go:4:9: func literal does not escape");
}

static void test_println_boxes(void **state) {
    Program *p = compile("package main\n"
                         "import \"fmt\"\n"
                         "func main() {\n"
                         "\tx := 3\n"
                         "\tx++\n"
                         "\tfmt.Println(x)\n"  // 6
                         "}\n");
    const char *out = analyze(p, true, 1);
    assert_int_equal(site_at(p, SITE_BOX, 6)->decision, SITE_HEAP);
    assert_int_equal(site_at(p, SITE_VARIADIC, 6)->decision, SITE_STACK);
    assert_has_line(out, "x.go:6:13: ... argument does not escape");
    assert_has_line(out, "x.go:6:14: x escapes to heap");
}

static void test_param_summaries(void **state) {
    Program *p = compile("package escape\n"
                         "var sink *int\n"
                         "func Id(p *int) *int { return p }\n"          // 3
                         "func Get(pp **int) *int { return *pp }\n"     // 4
                         "func Keep(pp **int) { sink = *pp }\n"         // 5
                         "func Read(p *int) int { return *p }\n"        // 6
                         "func Caller() int {\n\tx := 1\n\treturn *Id(&x)\n}\n");  // x on 8
    const char *out = analyze(p, true, 1);
    assert_has_line(out, "x.go:3:9: leaking param: p to result ~r0 level=0");
    assert_has_line(out, "x.go:4:10: leaking param: pp to result ~r0 level=1");
    assert_has_line(out, "x.go:5:11: leaking param content: pp");
    assert_has_line(out, "x.go:6:11: p does not escape");
    assert_int_equal(site_at(p, SITE_VAR, 8)->decision, SITE_STACK);
}

static void test_loop_depth(void **state) {
    Program *p = compile("package escape\n"
                         "func Outside() int {\n"
                         "\tvar p *int\n"
                         "\tfor i := 0; i < 3; i++ {\n"
                         "\t\tx := i\n"            // 5
                         "\t\tp = &x\n\t}\n\treturn *p\n}\n"
                         "func Inside() int {\n"
                         "\tn := 0\n"
                         "\tfor i := 0; i < 3; i++ {\n"
                         "\t\ty := i\n"            // 13
                         "\t\tq := &y\n\t\tn += *q\n\t}\n\treturn n\n}\n");
    analyze(p, true, 1);
    assert_int_equal(site_at(p, SITE_VAR, 5)->decision, SITE_HEAP);
    assert_int_equal(site_at(p, SITE_VAR, 13)->decision, SITE_STACK);
}

static void test_recursion(void **state) {
    Program *p = compile("package escape\n"
                         "var sink *int\n"
                         "func Leak(n int, p *int) {\n"   // 3
                         "\tif n == 0 {\n\t\tsink = p\n\t\treturn\n\t}\n"
                         "\tLeak(n-1, p)\n}\n"
                         "func Use() {\n\ty := 2\n\tLeak(1, &y)\n}\n");  // y on 11
    const char *out = analyze(p, true, 1);
    assert_has_line(out, "x.go:3:18: leaking param: p");
    assert_int_equal(site_at(p, SITE_VAR, 11)->decision, SITE_HEAP);
}

static void test_escape_off(void **state) {
    Program *p = compile("package main\n"
                         "func main() {\n\ts := make([]int, 3)\n\tprintln(len(s))\n}\n");
    const char *out = analyze(p, false, 1);
    assert_int_equal(site_at(p, SITE_MAKE_SLICE, 3)->decision, SITE_HEAP);
    assert_string_equal(out, "");
    analyze(p, true, 0);
    assert_int_equal(site_at(p, SITE_MAKE_SLICE, 3)->decision, SITE_STACK);
}

static void test_func_value_call(void **state) {
    Program *p = compile("package escape\n"
                         "func Call(f func(*int) int) int {\n"
                         "\tx := 1\n"  // 3
                         "\treturn f(&x)\n}\n"
                         "func Static() int {\n"
                         "\tg := func(p *int) int { return *p }\n"
                         "\ty := 2\n"  // 8
                         "\treturn g(&y)\n}\n");
    analyze(p, true, 1);
    assert_int_equal(site_at(p, SITE_VAR, 3)->decision, SITE_HEAP);
    assert_int_equal(site_at(p, SITE_VAR, 8)->decision, SITE_STACK);
}

static void test_package_init(void **state) {
    Program *p = compile("package escape\n"
                         "type T struct{ p *int }\n"
                         "var buf = make([]byte, 16)\n"           // 3: stored in a global
                         "var t = &T{p: new(int)}\n"              // 4: &T{} is static data
                         "var n = count([]int{1, 2})\n"           // 5: only passed
                         "func count(xs []int) int { return len(xs) }\n");
    const char *out = analyze(p, true, 1);
    assert_int_equal(site_at(p, SITE_MAKE_SLICE, 3)->decision, SITE_HEAP);
    assert_int_equal(site_at(p, SITE_NEW, 4)->decision, SITE_HEAP);
    assert_int_equal(site_at(p, SITE_SLICE_LIT, 5)->decision, SITE_STACK);
    assert_has_line(out, "x.go:3:15: make([]byte, 16) escapes to heap");
    assert_has_line(out, "x.go:5:20: []int{...} does not escape");
    assert_null(strstr(out, "&T{"));
}

static void test_self_assignment(void **state) {
    Program *p = compile("package escape\n"
                         "type B struct{ buf []byte }\n"
                         "func Trim(b *B, n int) {\n"             // 3
                         "\tb.buf = b.buf[n:]\n"                 // 4
                         "}\n");
    const char *out = analyze(p, true, 1);
    assert_has_line(out, "x.go:3:11: b does not escape");
    assert_has_line(out, "x.go:4:8: Trim ignoring self-assignment in b.buf = b.buf[n:]");
}

static void test_zero_copy(void **state) {
    Program *p = compile("package escape\n"
                         "func Len(s string) int {\n"
                         "\tb := []byte(s)\n"                    // 3: never written
                         "\treturn len(b)\n}\n"
                         "func Write(s string) byte {\n"
                         "\tc := []byte(s)\n"                    // 7: written
                         "\tc[0] = 1\n\treturn c[0]\n}\n");
    const char *out = analyze(p, true, 1);
    assert_has_line(out, "x.go:3:14: zero-copy string->[]byte conversion");
    assert_null(strstr(out, "x.go:7:14: zero-copy"));
    assert_int_equal(site_at(p, SITE_STR_BYTES, 7)->decision, SITE_STACK);
}

int main(void) {
    types_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_new_returned),   cmocka_unit_test(test_make_sizes),
        cmocka_unit_test(test_nonconst_make),  cmocka_unit_test(test_address_taken),
        cmocka_unit_test(test_closure_fibonacci), cmocka_unit_test(test_closure_local),
        cmocka_unit_test(test_println_boxes),  cmocka_unit_test(test_param_summaries),
        cmocka_unit_test(test_loop_depth),     cmocka_unit_test(test_recursion),
        cmocka_unit_test(test_escape_off),     cmocka_unit_test(test_func_value_call),
        cmocka_unit_test(test_package_init),   cmocka_unit_test(test_self_assignment),
        cmocka_unit_test(test_zero_copy),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
