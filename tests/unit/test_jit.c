// test_jit.c: the in-process JIT's C API (jit/gosub_jit.h).
//
// Each test compiles a small Go package into this process with
// gosub_jit_open, calls its functions through gosub_jit_call (libffi, a cif
// built from the Go signature) and asserts on the values that come back:
// every argument and result kind (integers of each width, floats, bools,
// strings, slices, arrays, structs, pointers, interfaces), several results,
// package initialisation, functions that allocate enough to run the
// collector mid-call while arguments and globals must survive it, and bad
// calls that must fail with a message.  The runtime is linked into this
// executable (tests/CMakeLists.txt), so gc_stats reads the collector the
// JIT'd code uses.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gosub_jit.h"
#include "runtime.h"

// ---------------------------------------------------------------- helpers

static GosubJit *open_ok(const char *src) {
    GosubJit *j = gosub_jit_open(src);
    if (!j)
        fail_msg("gosub_jit_open: %s", gosub_jit_error());
    return j;
}

// Opens "package t" + body (importing fmt when the body uses it).
static GosubJit *open_pkg(const char *body) {
    char *src = malloc(strlen(body) + 64);
    sprintf(src, "package t\n\n%s%s\n", strstr(body, "fmt.") ? "import \"fmt\"\n\n" : "", body);
    GosubJit *j = open_ok(src);
    free(src);
    return j;
}

// Calls name expecting exactly n results.
static void call_ok(GosubJit *j, const char *name, const GosubValue *args, int nargs,
                    GosubValue *res, int n) {
    int got = gosub_jit_call(j, name, args, nargs, res, 8);
    if (got < 0)
        fail_msg("%s: %s", name, gosub_jit_error());
    assert_int_equal(got, n);
}

static int64_t call_int(GosubJit *j, const char *name, const GosubValue *args, int nargs) {
    GosubValue r;
    call_ok(j, name, args, nargs, &r, 1);
    assert_int_equal(r.kind, GOSUB_INT);
    return r.i;
}

static void assert_call_fails(GosubJit *j, const char *name, const GosubValue *args, int nargs,
                              const char *msg) {
    GosubValue r[8];
    assert_int_equal(gosub_jit_call(j, name, args, nargs, r, 8), -1);
    if (!strstr(gosub_jit_error(), msg))
        fail_msg("error \"%s\" does not mention \"%s\"", gosub_jit_error(), msg);
}

static int64_t gc_cycles(void) {
    GcStats s;
    gc_stats(&s);
    return s.cycles;
}

// ---------------------------------------------------------------- integers

static void test_int_add(void **state) {
    GosubJit *j = open_pkg("func Add(a, b int) int { return a + b }");
    GosubValue args[] = {gosub_int(2), gosub_int(40)};
    assert_int_equal(call_int(j, "Add", args, 2), 42);
    gosub_jit_close(j);
}

static void test_int_negative_and_wrap(void **state) {
    GosubJit *j = open_pkg("func Inc(a int) int { return a + 1 }");
    GosubValue a = gosub_int(-10);
    assert_int_equal(call_int(j, "Inc", &a, 1), -9);
    a = gosub_int(INT64_MAX);
    assert_true(call_int(j, "Inc", &a, 1) == INT64_MIN);
    gosub_jit_close(j);
}

static void test_small_signed(void **state) {
    GosubJit *j = open_pkg("func F(a int8, b int16, c int32) (int8, int16, int32) {\n"
                           "\treturn a * 2, b - 1, c / 2\n}");
    GosubValue args[] = {gosub_int(100), gosub_int(-32768), gosub_int(-7)};
    GosubValue r[3];
    call_ok(j, "F", args, 3, r, 3);
    assert_int_equal(r[0].kind, GOSUB_INT);
    assert_int_equal(r[0].i, -56);  // 200 wraps in int8
    assert_int_equal(r[1].i, 32767);
    assert_int_equal(r[2].i, -3);
    assert_string_equal(r[0].type, "int8");
    gosub_jit_close(j);
}

static void test_small_unsigned(void **state) {
    GosubJit *j = open_pkg("func F(a uint8, b uint16, c uint32) (uint8, uint16, uint32) {\n"
                           "\treturn a + 1, b * 2, c + 1\n}");
    GosubValue args[] = {gosub_uint(255), gosub_int(40000), gosub_uint(4294967295u)};
    GosubValue r[3];
    call_ok(j, "F", args, 3, r, 3);
    assert_int_equal(r[0].kind, GOSUB_UINT);
    assert_int_equal(r[0].u, 0);
    assert_int_equal(r[1].u, 14464);  // 80000 mod 65536
    assert_int_equal(r[2].u, 0);
    gosub_jit_close(j);
}

static void test_uint64_and_uintptr(void **state) {
    GosubJit *j = open_pkg("func F(a uint64, b uint) (uint64, uint) { return a / 3, b << 1 }");
    GosubValue args[] = {gosub_uint(UINT64_MAX), gosub_uint(1ull << 62)};
    GosubValue r[2];
    call_ok(j, "F", args, 2, r, 2);
    assert_true(r[0].u == UINT64_MAX / 3);
    assert_true(r[1].u == 1ull << 63);
    assert_string_equal(r[1].type, "uint");
    gosub_jit_close(j);
}

static void test_named_int_type(void **state) {
    GosubJit *j = open_pkg("type Celsius int\n\nfunc Warm(c Celsius) Celsius { return c + 10 }");
    GosubValue a = gosub_int(20), r;
    call_ok(j, "Warm", &a, 1, &r, 1);
    assert_int_equal(r.i, 30);
    assert_string_equal(r.type, "t.Celsius");
    gosub_jit_close(j);
}

static void test_recursion(void **state) {
    GosubJit *j = open_pkg("func Fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n"
                           "\treturn Fib(n-1) + Fib(n-2)\n}");
    GosubValue a = gosub_int(25);
    assert_int_equal(call_int(j, "Fib", &a, 1), 75025);
    gosub_jit_close(j);
}

// ---------------------------------------------------------------- floats and bools

static void test_float64(void **state) {
    GosubJit *j = open_pkg("func Hyp(a, b float64) float64 { return a*a + b*b }");
    GosubValue args[] = {gosub_float(1.5), gosub_float(2)};
    GosubValue r;
    call_ok(j, "Hyp", args, 2, &r, 1);
    assert_int_equal(r.kind, GOSUB_FLOAT);
    assert_true(r.f == 6.25);
    gosub_jit_close(j);
}

static void test_float32(void **state) {
    GosubJit *j = open_pkg("func Third(f float32) float32 { return f / 3 }");
    GosubValue a = gosub_float(1), r;
    call_ok(j, "Third", &a, 1, &r, 1);
    assert_true(r.f == (double)(1.0f / 3.0f));
    assert_string_equal(r.type, "float32");
    gosub_jit_close(j);
}

// A complex result is an ARRAY of its two parts; a complex parameter is refused.
static void test_complex(void **state) {
    GosubJit *j = open_pkg("func Rot(x, y float32) complex64 { return complex(x, y) * 1i }\n"
                           "func Re(z complex128) float64 { return real(z) }");
    GosubValue args[] = {gosub_float(1), gosub_float(2)}, r;
    call_ok(j, "Rot", args, 2, &r, 1);
    assert_int_equal(r.kind, GOSUB_ARRAY);
    assert_int_equal(r.n, 2);
    assert_true(r.elems[0].f == -2 && r.elems[1].f == 1);
    assert_string_equal(r.type, "complex64");
    gosub_value_free(&r);
    assert_call_fails(j, "Re", args, 1, "parameters of type complex128 are not supported");
    gosub_jit_close(j);
}

static void test_int_to_float_param(void **state) {
    GosubJit *j = open_pkg("func Half(f float64) float64 { return f / 2 }");
    GosubValue a = gosub_int(3), r;
    call_ok(j, "Half", &a, 1, &r, 1);
    assert_true(r.f == 1.5);
    gosub_jit_close(j);
}

static void test_bool(void **state) {
    GosubJit *j = open_pkg("func Xor(a, b bool) (bool, bool) { return a != b, a && b }");
    GosubValue args[] = {gosub_bool(true), gosub_bool(false)};
    GosubValue r[2];
    call_ok(j, "Xor", args, 2, r, 2);
    assert_int_equal(r[0].kind, GOSUB_BOOL);
    assert_true(r[0].b);
    assert_false(r[1].b);
    gosub_jit_close(j);
}

static void test_mixed_scalars(void **state) {
    // more scalar arguments than there are argument registers
    GosubJit *j = open_pkg("func F(a int8, b float32, c int, d float64, e bool, f uint16, g int,\n"
                           "\th float64, i int, k float64, l int, m float64, n int) float64 {\n"
                           "\tx := float64(a) + float64(b) + float64(c) + d + float64(f) + float64(g)\n"
                           "\tif e {\n\t\tx += 1000\n\t}\n"
                           "\treturn x + h + float64(i) + k + float64(l) + m + float64(n)\n}");
    GosubValue args[] = {gosub_int(1), gosub_float(2), gosub_int(3), gosub_float(4),
                         gosub_bool(true), gosub_int(5), gosub_int(6), gosub_float(7),
                         gosub_int(8), gosub_float(9), gosub_int(10), gosub_float(11),
                         gosub_int(12)};
    GosubValue r;
    call_ok(j, "F", args, 13, &r, 1);
    assert_true(r.f == 1078);
    gosub_jit_close(j);
}

// ---------------------------------------------------------------- strings

static void test_string_concat(void **state) {
    GosubJit *j = open_pkg("func Greet(name string) string { return \"hello, \" + name + \"!\" }");
    GosubValue a = gosub_string("gopher"), r;
    call_ok(j, "Greet", &a, 1, &r, 1);
    assert_int_equal(r.kind, GOSUB_STRING);
    assert_string_equal(r.s, "hello, gopher!");
    assert_int_equal(r.len, 14);
    gosub_value_free(&r);
    gosub_jit_close(j);
}

static void test_string_with_nul(void **state) {
    GosubJit *j = open_pkg("func Count(s string) (int, int) {\n\tz := 0\n"
                           "\tfor i := 0; i < len(s); i++ {\n\t\tif s[i] == 0 {\n\t\t\tz++\n\t\t}\n\t}\n"
                           "\treturn len(s), z\n}");
    GosubValue a = gosub_bytes("a\0b\0c", 5), r[2];
    call_ok(j, "Count", &a, 1, r, 2);
    assert_int_equal(r[0].i, 5);
    assert_int_equal(r[1].i, 2);
    gosub_jit_close(j);
}

static void test_empty_string(void **state) {
    GosubJit *j = open_pkg("func Echo(s string) (string, int) { return s, len(s) }");
    GosubValue a = gosub_string(""), r[2];
    call_ok(j, "Echo", &a, 1, r, 2);
    assert_string_equal(r[0].s, "");
    assert_int_equal(r[1].i, 0);
    gosub_value_free(&r[0]);
    gosub_jit_close(j);
}

static void test_string_from_fmt(void **state) {
    GosubJit *j = open_pkg("func Show(n int, f float64) string { return fmt.Sprintf(\"%d|%v|%5.2f\", n, f, f) }");
    GosubValue args[] = {gosub_int(-3), gosub_float(0.1)}, r;
    call_ok(j, "Show", args, 2, &r, 1);
    assert_string_equal(r.s, "-3|0.1| 0.10");
    gosub_value_free(&r);
    gosub_jit_close(j);
}

// ---------------------------------------------------------------- slices and arrays

static void test_slice_arg(void **state) {
    GosubJit *j = open_pkg("func Sum(xs []int) (int, int, int) {\n\tt := 0\n"
                           "\tfor _, x := range xs {\n\t\tt += x\n\t}\n\treturn t, len(xs), cap(xs)\n}");
    GosubValue xs[] = {gosub_int(1), gosub_int(2), gosub_int(3), gosub_int(4)};
    GosubValue a = gosub_slice(xs, 4), r[3];
    call_ok(j, "Sum", &a, 1, r, 3);
    assert_int_equal(r[0].i, 10);
    assert_int_equal(r[1].i, 4);
    assert_int_equal(r[2].i, 4);
    gosub_jit_close(j);
}

static void test_nil_slice_arg(void **state) {
    GosubJit *j = open_pkg("func IsNil(xs []int) bool { return xs == nil }");
    GosubValue a = gosub_pointer(NULL), r;
    call_ok(j, "IsNil", &a, 1, &r, 1);
    assert_true(r.b);
    gosub_jit_close(j);
}

static void test_slice_result(void **state) {
    GosubJit *j = open_pkg("func Squares(n int) []int {\n\tvar s []int\n"
                           "\tfor i := 1; i <= n; i++ {\n\t\ts = append(s, i*i)\n\t}\n\treturn s\n}");
    GosubValue a = gosub_int(5), r;
    call_ok(j, "Squares", &a, 1, &r, 1);
    assert_int_equal(r.kind, GOSUB_SLICE);
    assert_int_equal(r.n, 5);
    assert_int_equal(r.elems[4].i, 25);
    assert_string_equal(r.type, "[]int");
    gosub_value_free(&r);
    gosub_jit_close(j);
}

static void test_string_slice(void **state) {
    GosubJit *j = open_pkg("func Join(parts []string, sep string) string {\n\ts := \"\"\n"
                           "\tfor i, p := range parts {\n\t\tif i > 0 {\n\t\t\ts += sep\n\t\t}\n"
                           "\t\ts += p\n\t}\n\treturn s\n}\n\n"
                           "func Split(s string) []string {\n\tvar out []string\n"
                           "\tfor _, r := range s {\n\t\tout = append(out, string(r))\n\t}\n\treturn out\n}");
    GosubValue parts[] = {gosub_string("a"), gosub_string("bc"), gosub_string("d")};
    GosubValue args[] = {gosub_slice(parts, 3), gosub_string("--")}, r;
    call_ok(j, "Join", args, 2, &r, 1);
    assert_string_equal(r.s, "a--bc--d");
    gosub_value_free(&r);
    GosubValue s = gosub_string("hé!");
    call_ok(j, "Split", &s, 1, &r, 1);
    assert_int_equal(r.n, 3);
    assert_string_equal(r.elems[1].s, "é");
    gosub_value_free(&r);
    gosub_jit_close(j);
}

static void test_slice_mutated_in_place(void **state) {
    GosubJit *j = open_pkg("func Double(xs []float64) []float64 {\n"
                           "\tfor i := range xs {\n\t\txs[i] *= 2\n\t}\n\treturn xs[1:]\n}");
    GosubValue xs[] = {gosub_float(1), gosub_float(2.5), gosub_int(4)};
    GosubValue a = gosub_slice(xs, 3), r;
    call_ok(j, "Double", &a, 1, &r, 1);
    assert_int_equal(r.n, 2);
    assert_true(r.elems[0].f == 5 && r.elems[1].f == 8);
    gosub_value_free(&r);
    gosub_jit_close(j);
}

static void test_array_arg_and_result(void **state) {
    GosubJit *j = open_pkg("func Reverse(a [4]int16) [4]int16 { return [4]int16{a[3], a[2], a[1], a[0]} }");
    GosubValue xs[] = {gosub_int(1), gosub_int(-2), gosub_int(3), gosub_int(-4)};
    GosubValue a = gosub_array(xs, 4), r;
    call_ok(j, "Reverse", &a, 1, &r, 1);
    assert_int_equal(r.kind, GOSUB_ARRAY);
    assert_int_equal(r.n, 4);
    assert_int_equal(r.elems[0].i, -4);
    assert_int_equal(r.elems[3].i, 1);
    assert_string_equal(r.type, "[4]int16");
    gosub_value_free(&r);
    gosub_jit_close(j);
}

static void test_variadic_as_slice(void **state) {
    GosubJit *j = open_pkg("func Max(first int, rest ...int) int {\n\tm := first\n"
                           "\tfor _, x := range rest {\n\t\tif x > m {\n\t\t\tm = x\n\t\t}\n\t}\n\treturn m\n}");
    GosubValue rest[] = {gosub_int(3), gosub_int(9), gosub_int(4)};
    GosubValue args[] = {gosub_int(5), gosub_slice(rest, 3)};
    assert_int_equal(call_int(j, "Max", args, 2), 9);
    gosub_jit_close(j);
}

// ---------------------------------------------------------------- structs

static const char *point_src =
    "type Point struct {\n\tX, Y int\n}\n\n"
    "func Swap(p Point) Point { return Point{p.Y, p.X} }\n\n"
    "func Dist2(a, b Point) int {\n\tdx, dy := a.X-b.X, a.Y-b.Y\n\treturn dx*dx + dy*dy\n}\n";

static void test_struct_arg_and_result(void **state) {
    GosubJit *j = open_pkg(point_src);
    GosubValue f[] = {gosub_int(1), gosub_int(2)};
    GosubValue a = gosub_struct(f, 2), r;
    call_ok(j, "Swap", &a, 1, &r, 1);
    assert_int_equal(r.kind, GOSUB_STRUCT);
    assert_int_equal(r.n, 2);
    assert_int_equal(r.elems[0].i, 2);
    assert_int_equal(r.elems[1].i, 1);
    assert_string_equal(r.type, "t.Point");
    gosub_value_free(&r);
    gosub_jit_close(j);
}

static void test_two_struct_args(void **state) {
    GosubJit *j = open_pkg(point_src);
    GosubValue p0[] = {gosub_int(1), gosub_int(1)}, p1[] = {gosub_int(4), gosub_int(5)};
    GosubValue args[] = {gosub_struct(p0, 2), gosub_struct(p1, 2)};
    assert_int_equal(call_int(j, "Dist2", args, 2), 25);
    gosub_jit_close(j);
}

static void test_nested_struct(void **state) {
    GosubJit *j = open_pkg("type Point struct {\n\tX, Y float64\n}\n\n"
                           "type Person struct {\n\tName string\n\tAge  uint8\n\tOK   bool\n"
                           "\tTags []string\n\tAt   Point\n}\n\n"
                           "func Older(p Person) Person {\n\tp.Age++\n\tp.OK = !p.OK\n"
                           "\tp.Tags = append(p.Tags, p.Name)\n\tp.At.X += 0.5\n\treturn p\n}");
    GosubValue tags[] = {gosub_string("x")};
    GosubValue at[] = {gosub_float(1), gosub_float(2)};
    GosubValue f[] = {gosub_string("Ann"), gosub_int(41), gosub_bool(false), gosub_slice(tags, 1),
                      gosub_struct(at, 2)};
    GosubValue a = gosub_struct(f, 5), r;
    call_ok(j, "Older", &a, 1, &r, 1);
    assert_string_equal(r.elems[0].s, "Ann");
    assert_int_equal(r.elems[1].u, 42);
    assert_true(r.elems[2].b);
    assert_int_equal(r.elems[3].n, 2);
    assert_string_equal(r.elems[3].elems[1].s, "Ann");
    assert_true(r.elems[4].elems[0].f == 1.5);
    gosub_value_free(&r);
    gosub_jit_close(j);
}

static void test_slice_of_structs(void **state) {
    GosubJit *j = open_pkg("type P struct {\n\tName string\n\tN    int\n}\n\n"
                           "func Best(ps []P) (string, int) {\n\tb := ps[0]\n"
                           "\tfor _, p := range ps {\n\t\tif p.N > b.N {\n\t\t\tb = p\n\t\t}\n\t}\n"
                           "\treturn b.Name, len(ps)\n}");
    GosubValue a0[] = {gosub_string("a"), gosub_int(3)}, a1[] = {gosub_string("b"), gosub_int(7)},
               a2[] = {gosub_string("c"), gosub_int(5)};
    GosubValue ps[] = {gosub_struct(a0, 2), gosub_struct(a1, 2), gosub_struct(a2, 2)};
    GosubValue a = gosub_slice(ps, 3), r[2];
    call_ok(j, "Best", &a, 1, r, 2);
    assert_string_equal(r[0].s, "b");
    assert_int_equal(r[1].i, 3);
    gosub_value_free(&r[0]);
    gosub_jit_close(j);
}

// ---------------------------------------------------------------- several results, pointers, interfaces

static void test_multiple_results(void **state) {
    GosubJit *j = open_pkg("func DivMod(a, b int) (q, r int) {\n\tq = a / b\n\tr = a % b\n\treturn\n}");
    GosubValue args[] = {gosub_int(17), gosub_int(5)}, r[2];
    call_ok(j, "DivMod", args, 2, r, 2);
    assert_int_equal(r[0].i, 3);
    assert_int_equal(r[1].i, 2);
    gosub_jit_close(j);
}

static void test_four_mixed_results(void **state) {
    GosubJit *j = open_pkg("func Describe(n int) (string, bool, float64, []int) {\n"
                           "\treturn fmt.Sprint(\"n=\", n), n%2 == 0, float64(n) / 4, []int{n, n * n}\n}");
    GosubValue a = gosub_int(6), r[4];
    call_ok(j, "Describe", &a, 1, r, 4);
    assert_string_equal(r[0].s, "n=6");
    assert_true(r[1].b);
    assert_true(r[2].f == 1.5);
    assert_int_equal(r[3].n, 2);
    assert_int_equal(r[3].elems[1].i, 36);
    gosub_value_free(&r[0]);
    gosub_value_free(&r[3]);
    gosub_jit_close(j);
}

static void test_no_results(void **state) {
    GosubJit *j = open_pkg("var hits int\n\nfunc Hit(n int) { hits += n }\n\nfunc Hits() int { return hits }");
    GosubValue a = gosub_int(3), r;
    assert_int_equal(gosub_jit_call(j, "Hit", &a, 1, &r, 0), 0);
    assert_int_equal(gosub_jit_call(j, "Hit", &a, 1, &r, 0), 0);
    assert_int_equal(call_int(j, "Hits", NULL, 0), 6);
    gosub_jit_close(j);
}

static void test_pointer_round_trip(void **state) {
    GosubJit *j = open_pkg("type Box struct {\n\tN int\n}\n\n"
                           "func New(n int) *Box { return &Box{n} }\n\n"
                           "func Bump(b *Box) int {\n\tb.N++\n\treturn b.N\n}");
    GosubValue a = gosub_int(41), p;
    call_ok(j, "New", &a, 1, &p, 1);
    assert_int_equal(p.kind, GOSUB_POINTER);
    assert_non_null(p.p);
    assert_string_equal(p.type, "*t.Box");
    assert_int_equal(call_int(j, "Bump", &p, 1), 42);
    assert_int_equal(call_int(j, "Bump", &p, 1), 43);
    gosub_jit_close(j);
}

static void test_error_result(void **state) {
    GosubJit *j = open_ok("package t\n\nimport \"strconv\"\n\n"
                          "func Parse(s string) (int, error) { return strconv.Atoi(s) }\n");
    GosubValue a = gosub_string("42"), r[2];
    call_ok(j, "Parse", &a, 1, r, 2);
    assert_int_equal(r[0].i, 42);
    assert_int_equal(r[1].kind, GOSUB_POINTER);
    assert_string_equal(r[1].type, "<nil>");
    a = gosub_string("4x2");
    call_ok(j, "Parse", &a, 1, r, 2);
    assert_int_equal(r[0].i, 0);
    assert_string_equal(r[1].type, "*strconv.NumError");
    gosub_jit_close(j);
}

// ---------------------------------------------------------------- package state and the collector

static void test_package_initialisation(void **state) {
    GosubJit *j = open_pkg("var table = []int{10, 20, 30}\n\nvar total = sum(table)\n\n"
                           "func sum(xs []int) int {\n\tt := 0\n\tfor _, x := range xs {\n\t\tt += x\n\t}\n\treturn t\n}\n\n"
                           "func init() {\n\ttable = append(table, total)\n}\n\n"
                           "func Table() []int { return table }");
    GosubValue r;
    call_ok(j, "Table", NULL, 0, &r, 1);
    assert_int_equal(r.n, 4);
    assert_int_equal(r.elems[3].i, 60);
    gosub_value_free(&r);
    gosub_jit_close(j);
}

static void test_package_main_is_not_run(void **state) {
    GosubJit *j = open_ok("package main\n\nimport \"os\"\n\n"
                          "func main() { os.Exit(3) }\n\nfunc Seven() int { return 7 }\n");
    assert_int_equal(call_int(j, "Seven", NULL, 0), 7);
    gosub_jit_close(j);
}

static void test_collector_runs_mid_call(void **state) {
    GosubJit *j = open_pkg("type Node struct {\n\tnext *Node\n\tval  int\n}\n\n"
                           "func Churn(rounds, n int) int {\n\tkeep := build(100)\n\ts := 0\n"
                           "\tfor r := 0; r < rounds; r++ {\n\t\ts += build(n).val\n\t}\n"
                           "\tfor p := keep; p != nil; p = p.next {\n\t\ts += p.val\n\t}\n\treturn s\n}\n\n"
                           "func build(n int) *Node {\n\tvar h *Node\n"
                           "\tfor i := 0; i < n; i++ {\n\t\th = &Node{h, i}\n\t}\n\treturn h\n}");
    int64_t before = gc_cycles();
    GosubValue args[] = {gosub_int(100), gosub_int(10000)};
    assert_int_equal(call_int(j, "Churn", args, 2), 100 * 9999 + 4950);
    assert_true(gc_cycles() > before);
    gosub_jit_close(j);
}

static void test_arguments_survive_collection(void **state) {
    // The argument strings and the slice's backing array live on the
    // collector's heap; the garbage made before they are read again must not
    // free them.
    GosubJit *j = open_pkg("var sink []byte\n\n"
                           "func Churn(parts []string, n int) string {\n"
                           "\tfor i := 0; i < n; i++ {\n\t\tsink = make([]byte, 1000)\n\t}\n"
                           "\ts := \"\"\n\tfor _, p := range parts {\n\t\ts += p\n\t}\n\treturn s\n}");
    GosubValue parts[] = {gosub_string("alpha-"), gosub_string("beta-"), gosub_string("gamma")};
    GosubValue args[] = {gosub_slice(parts, 3), gosub_int(20000)}, r;
    int64_t before = gc_cycles();
    call_ok(j, "Churn", args, 2, &r, 1);
    assert_true(gc_cycles() > before);
    assert_string_equal(r.s, "alpha-beta-gamma");
    gosub_value_free(&r);
    gosub_jit_close(j);
}

static void test_retained_argument_survives(void **state) {
    // A string kept in a package variable across calls: the module's root
    // table keeps it alive through collections between the calls.
    GosubJit *j = open_pkg("var saved []string\n\n"
                           "func Keep(s string) { saved = append(saved, s+\"!\") }\n\n"
                           "var sink []int\n\n"
                           "func Churn(n int) int {\n\tg := 0\n\tfor i := 0; i < n; i++ {\n"
                           "\t\tsink = make([]int, 200)\n\t\tg += len(sink)\n\t}\n\treturn g\n}\n\n"
                           "func Saved() []string { return saved }");
    GosubValue a = gosub_string("one"), r;
    assert_int_equal(gosub_jit_call(j, "Keep", &a, 1, &r, 0), 0);
    a = gosub_string("two");
    assert_int_equal(gosub_jit_call(j, "Keep", &a, 1, &r, 0), 0);
    int64_t before = gc_cycles();
    GosubValue n = gosub_int(20000);
    call_int(j, "Churn", &n, 1);
    assert_true(gc_cycles() > before);
    call_ok(j, "Saved", NULL, 0, &r, 1);
    assert_int_equal(r.n, 2);
    assert_string_equal(r.elems[0].s, "one!");
    assert_string_equal(r.elems[1].s, "two!");
    gosub_value_free(&r);
    gosub_jit_close(j);
}

static void test_closures_inside_call(void **state) {
    GosubJit *j = open_pkg("func Apply(xs []int, k int) []int {\n\tf := func(x int) int { return x*k + 1 }\n"
                           "\tout := make([]int, 0, len(xs))\n\tfor _, x := range xs {\n"
                           "\t\tout = append(out, f(x))\n\t}\n\treturn out\n}");
    GosubValue xs[] = {gosub_int(1), gosub_int(2)};
    GosubValue args[] = {gosub_slice(xs, 2), gosub_int(10)}, r;
    call_ok(j, "Apply", args, 2, &r, 1);
    assert_int_equal(r.elems[0].i, 11);
    assert_int_equal(r.elems[1].i, 21);
    gosub_value_free(&r);
    gosub_jit_close(j);
}

static void test_two_modules_side_by_side(void **state) {
    GosubJit *a = open_pkg("var k = 1\n\nfunc K() int { return k }");
    GosubJit *b = open_pkg("var k = 2\n\nfunc K() int { return k * 10 }");
    assert_int_equal(call_int(a, "K", NULL, 0), 1);
    assert_int_equal(call_int(b, "K", NULL, 0), 20);
    gosub_jit_close(a);
    assert_int_equal(call_int(b, "K", NULL, 0), 20);
    gosub_jit_close(b);
}

static void test_open_close_many(void **state) {
    for (int i = 0; i < 20; i++) {
        char src[200];
        snprintf(src, sizeof src, "package t\n\nvar s = []int{%d}\n\nfunc S() int { return s[0] }\n", i);
        GosubJit *j = open_ok(src);
        assert_int_equal(call_int(j, "S", NULL, 0), i);
        gosub_jit_close(j);
    }
}

static void test_open_files_at_O0(void **state) {
    char path[] = "/tmp/gosub-test-jit-XXXXXX.go";
    int fd = mkstemps(path, 3);
    assert_true(fd >= 0);
    const char *src = "package t\n\nfunc Mul(a, b int) int { return a * b }\n";
    assert_int_equal(write(fd, src, strlen(src)), (ssize_t)strlen(src));
    close(fd);
    const char *paths[] = {path};
    GosubJit *j = gosub_jit_open_files(paths, 1, 0);
    unlink(path);
    if (!j)
        fail_msg("%s", gosub_jit_error());
    GosubValue args[] = {gosub_int(6), gosub_int(7)};
    assert_int_equal(call_int(j, "Mul", args, 2), 42);
    gosub_jit_close(j);
}

// ---------------------------------------------------------------- failures

static void test_compile_error(void **state) {
    assert_null(gosub_jit_open("package t\n\nfunc F() int { return x }\n"));
    assert_non_null(strstr(gosub_jit_error(), "jit.go:3:23: undefined: x"));
}

static void test_unknown_function(void **state) {
    GosubJit *j = open_pkg("func f() int { return 1 }");
    assert_call_fails(j, "Nope", NULL, 0, "no callable function Nope");
    assert_int_equal(gosub_jit_result_count(j, "f"), 1);
    assert_int_equal(gosub_jit_result_count(j, "Nope"), -1);
    assert_int_equal(call_int(j, "f", NULL, 0), 1);  // unexported functions are callable too
    gosub_jit_close(j);
}

static void test_wrong_argument_count(void **state) {
    GosubJit *j = open_pkg("func Add(a, b int) int { return a + b }");
    GosubValue args[] = {gosub_int(1), gosub_int(2), gosub_int(3)};
    assert_call_fails(j, "Add", args, 1, "1 argument given, the function takes 2");
    assert_call_fails(j, "Add", args, 3, "3 arguments given");
    gosub_jit_close(j);
}

static void test_wrong_argument_kind(void **state) {
    GosubJit *j = open_pkg("type P struct {\n\tX int\n\tS string\n}\n\n"
                           "func F(b bool, p P, xs [2]int) int { return 0 }");
    GosubValue pf[] = {gosub_int(1), gosub_string("s")}, bad_pf[] = {gosub_int(1), gosub_int(2)};
    GosubValue xs[] = {gosub_int(1), gosub_int(2)};
    GosubValue a1[] = {gosub_int(1), gosub_struct(pf, 2), gosub_array(xs, 2)};
    assert_call_fails(j, "F", a1, 3, "F: argument 1: cannot use integer as bool value");
    GosubValue a2[] = {gosub_bool(true), gosub_struct(bad_pf, 2), gosub_array(xs, 2)};
    assert_call_fails(j, "F", a2, 3, "argument 2.S: cannot use integer as string value");
    GosubValue a3[] = {gosub_bool(true), gosub_struct(pf, 2), gosub_array(xs, 1)};
    assert_call_fails(j, "F", a3, 3, "argument 3: 1 elements for [2]int");
    gosub_jit_close(j);
}

static void test_argument_out_of_range(void **state) {
    GosubJit *j = open_pkg("func F(a int8, b uint32, c int) int { return 0 }");
    GosubValue a1[] = {gosub_int(-129), gosub_int(0), gosub_int(0)};
    assert_call_fails(j, "F", a1, 3, "-129 overflows int8");
    GosubValue a2[] = {gosub_int(0), gosub_int(-1), gosub_int(0)};
    assert_call_fails(j, "F", a2, 3, "-1 overflows uint32");
    GosubValue a3[] = {gosub_int(0), gosub_int(0), gosub_uint(UINT64_MAX)};
    assert_call_fails(j, "F", a3, 3, "18446744073709551615 overflows int");
    GosubValue a4[] = {gosub_int(0), gosub_int(0), gosub_float(2.5)};
    assert_call_fails(j, "F", a4, 3, "2.5 truncated to int");
    gosub_jit_close(j);
}

static void test_result_array_too_small(void **state) {
    GosubJit *j = open_pkg("func Two() (int, int) { return 1, 2 }");
    GosubValue r[1];
    assert_int_equal(gosub_jit_call(j, "Two", NULL, 0, r, 1), -1);
    assert_non_null(strstr(gosub_jit_error(), "returns 2 results, room for 1"));
    gosub_jit_close(j);
}

// ---------------------------------------------------------------- -call's printing

// Runs gosub_jit_call_print with stdout sent to a file; returns what it printed.
static char *printed(GosubJit *j, const char *call, int *status) {
    static char buf[4096];
    char path[] = "/tmp/gosub-test-jit-out-XXXXXX";
    int fd = mkstemp(path), saved = dup(1);
    rt_flush();
    dup2(fd, 1);
    *status = gosub_jit_call_print(j, call);
    rt_flush();
    dup2(saved, 1);
    close(saved);
    ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
    buf[n > 0 ? n : 0] = 0;
    close(fd);
    unlink(path);
    return buf;
}

static void test_call_print_like_println(void **state) {
    GosubJit *j = open_ok("package t\n\nimport \"strconv\"\n\n"
                          "type P struct {\n\tName string\n\tAt   [2]float64\n}\n\n"
                          "func F(p P, xs ...int) (P, []int, error) {\n"
                          "\t_, err := strconv.Atoi(p.Name)\n\treturn p, xs, err\n}\n");
    int status;
    assert_string_equal(printed(j, "F(P{\"x\", [2]float64{1.5, 1e21}}, 1, 2)", &status),
                        "{x [1.5 1e+21]} [1 2] strconv.Atoi: parsing \"x\": invalid syntax\n");
    assert_int_equal(status, 0);
    assert_string_equal(printed(j, "F({Name: \"7\"})", &status), "{7 [0 0]} [] <nil>\n");
    assert_string_equal(printed(j, "F(P{At: {1, 2, 3}})", &status), "");
    assert_int_equal(status, -1);
    assert_non_null(strstr(gosub_jit_error(), "-call: F: argument 1.At: 3 elements for [2]float64"));
    gosub_jit_close(j);
}

static void test_call_print_syntax_errors(void **state) {
    GosubJit *j = open_pkg("func Add(a, b int) int { return a + b }");
    int status;
    printed(j, "Add(1, 2", &status);
    assert_int_equal(status, -1);
    assert_string_equal(gosub_jit_error(), "-call: expected ), found end of input");
    printed(j, "Add(1, {2})", &status);
    assert_string_equal(gosub_jit_error(), "-call: Add: invalid composite literal type int");
    printed(j, "Sub(1, 2)", &status);
    assert_non_null(strstr(gosub_jit_error(), "-call: no function Sub"));
    assert_string_equal(printed(j, "t.Add(1, 2)", &status), "3\n");  // qualified by its package
    gosub_jit_close(j);
}

int main(int argc, char **argv) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_int_add),
        cmocka_unit_test(test_int_negative_and_wrap),
        cmocka_unit_test(test_small_signed),
        cmocka_unit_test(test_small_unsigned),
        cmocka_unit_test(test_uint64_and_uintptr),
        cmocka_unit_test(test_named_int_type),
        cmocka_unit_test(test_recursion),
        cmocka_unit_test(test_float64),
        cmocka_unit_test(test_float32),
        cmocka_unit_test(test_complex),
        cmocka_unit_test(test_int_to_float_param),
        cmocka_unit_test(test_bool),
        cmocka_unit_test(test_mixed_scalars),
        cmocka_unit_test(test_string_concat),
        cmocka_unit_test(test_string_with_nul),
        cmocka_unit_test(test_empty_string),
        cmocka_unit_test(test_string_from_fmt),
        cmocka_unit_test(test_slice_arg),
        cmocka_unit_test(test_nil_slice_arg),
        cmocka_unit_test(test_slice_result),
        cmocka_unit_test(test_string_slice),
        cmocka_unit_test(test_slice_mutated_in_place),
        cmocka_unit_test(test_array_arg_and_result),
        cmocka_unit_test(test_variadic_as_slice),
        cmocka_unit_test(test_struct_arg_and_result),
        cmocka_unit_test(test_two_struct_args),
        cmocka_unit_test(test_nested_struct),
        cmocka_unit_test(test_slice_of_structs),
        cmocka_unit_test(test_multiple_results),
        cmocka_unit_test(test_four_mixed_results),
        cmocka_unit_test(test_no_results),
        cmocka_unit_test(test_pointer_round_trip),
        cmocka_unit_test(test_error_result),
        cmocka_unit_test(test_package_initialisation),
        cmocka_unit_test(test_package_main_is_not_run),
        cmocka_unit_test(test_collector_runs_mid_call),
        cmocka_unit_test(test_arguments_survive_collection),
        cmocka_unit_test(test_retained_argument_survives),
        cmocka_unit_test(test_closures_inside_call),
        cmocka_unit_test(test_two_modules_side_by_side),
        cmocka_unit_test(test_open_close_many),
        cmocka_unit_test(test_open_files_at_O0),
        cmocka_unit_test(test_compile_error),
        cmocka_unit_test(test_unknown_function),
        cmocka_unit_test(test_wrong_argument_count),
        cmocka_unit_test(test_wrong_argument_kind),
        cmocka_unit_test(test_argument_out_of_range),
        cmocka_unit_test(test_result_array_too_small),
        cmocka_unit_test(test_call_print_like_println),
        cmocka_unit_test(test_call_print_syntax_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
