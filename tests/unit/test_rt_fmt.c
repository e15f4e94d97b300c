// test_rt_fmt.c: fmt, print and strconv of the runtime against Go's output.
//
// Every expected string below was produced by Go 1.26 (fmt.Sprintf and
// friends, printed with strconv.Quote) from the same arguments; the test
// builds those arguments by hand as the compiler would: GoType descriptors
// and GoEface values whose data points at the value (or is the value, for
// pointers).
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "runtime.h"

// ---------------------------------------------------------------- descriptors

#define UNUSED __attribute__((unused))

static const uint8_t m1[1] = {1}, m3[1] = {3};

#define BASIC(var, size, kind, name) \
    static const GoType var = {size, kind, size, name, NULL, 0, 0, 0, 0, 0, 0, 0}
BASIC(t_int, 8, GOKIND_INT, "int");
BASIC(t_int8, 1, GOKIND_INT8, "int8");
BASIC(t_int32, 4, GOKIND_INT32, "int32");
BASIC(t_int64, 8, GOKIND_INT64, "int64");
BASIC(t_uint8, 1, GOKIND_UINT8, "uint8");
BASIC(t_uint64, 8, GOKIND_UINT64, "uint64");
BASIC(t_float64, 8, GOKIND_FLOAT64, "float64");
BASIC(t_float32, 4, GOKIND_FLOAT32, "float32");
BASIC(t_bool, 1, GOKIND_BOOL, "bool");
BASIC(t_complex128, 16, GOKIND_COMPLEX128, "complex128");
static const GoType t_string = {16, GOKIND_STRING, 8, "string", m1, 0, 0, 0, 0, 0, 0, 0};
static const GoType t_any = {16, GOKIND_INTERFACE, 8, "interface {}", m3, 0, 0, 0, 0, 0, 0, 0};

static const GoField point_fields[2] = {{"X", &t_int, 0, 0}, {"Y", &t_int, 8, 0}};
static const GoType t_point = {16, GOKIND_STRUCT, 8, "main.Point", NULL, 0, 0, 2, point_fields, 0, 0, 1};
static const GoType t_point_ptr = {8, GOKIND_POINTER, 8, "*main.Point", m1, &t_point, 0, 0, 0, 0, 0, 0};

static const GoType t_ints = {24, GOKIND_SLICE, 8, "[]int", m1, &t_int, 0, 0, 0, 0, 0, 0};
static const GoType t_strings = {24, GOKIND_SLICE, 8, "[]string", m1, &t_string, 0, 0, 0, 0, 0, 0};
static const GoType t_bytes = {24, GOKIND_SLICE, 8, "[]uint8", m1, &t_uint8, 0, 0, 0, 0, 0, 0};
static const GoType t_anys = {24, GOKIND_SLICE, 8, "[]interface {}", m1, &t_any, 0, 0, 0, 0, 0, 0};
static const GoType t_points = {24, GOKIND_SLICE, 8, "[]main.Point", m1, &t_point, 0, 0, 0, 0, 0, 0};
static const GoType t_int3 = {24, GOKIND_ARRAY, 8, "[3]int", NULL, &t_int, 0, 3, 0, 0, 0, 0};

static GoString gostr(const char *s) {
    return (GoString){(const uint8_t *)s, (int64_t)strlen(s)};
}

static GoString e_error(void *data UNUSED) {
    return gostr("myerr");
}
static const GoMethod e_methods[1] = {{"Error", (void *)e_error, NULL, 0}};
static const GoType t_e = {0, GOKIND_STRUCT, 1, "main.E", NULL, 0, 0, 0, 0, 1, e_methods, 1};

static GoString s_string(void *data UNUSED) {
    return gostr("strS");
}
static const GoMethod s_methods[1] = {{"String", (void *)s_string, NULL, 0}};
static const GoField s_fields[1] = {{"N", &t_int, 0, 0}};
static const GoType t_s = {8, GOKIND_STRUCT, 8, "main.S", NULL, 0, 0, 1, s_fields, 1, s_methods, 1};

typedef struct Outer {
    GoSlice a;
    int64_t b[2];
    GoEface c;
    void *d;
} Outer;
static const GoField outer_fields[4] = {
    {"A", &t_ints, 0, 0}, {"B", &t_point, 24, 0}, {"C", &t_any, 40, 0}, {"D", &t_point_ptr, 56, 0}};
static const uint8_t outer_mask[1] = {0xC1};
static const GoType t_outer = {64, GOKIND_STRUCT, 8, "main.Outer", outer_mask, 0, 0, 4, outer_fields, 0, 0, 1};

static const GoField withs_fields[3] = {{"Name", &t_string, 0, 0}, {"V", &t_s, 16, 0}, {"v", &t_s, 24, 0}};
static const GoType t_withs = {32, GOKIND_STRUCT, 8, "main.WithS", m1, 0, 0, 3, withs_fields, 0, 0, 1};

// ---------------------------------------------------------------- argument builders

#define I(v) ((GoEface){&t_int, &(int64_t){v}})
#define I8(v) ((GoEface){&t_int8, &(int8_t){v}})
#define I32(v) ((GoEface){&t_int32, &(int32_t){v}})
#define U8(v) ((GoEface){&t_uint8, &(uint8_t){v}})
#define F(v) ((GoEface){&t_float64, &(double){v}})
#define F32(v) ((GoEface){&t_float32, &(float){v}})
#define B(v) ((GoEface){&t_bool, &(bool){v}})
#define S(s) ((GoEface){&t_string, &(GoString){(const uint8_t *)(s), sizeof(s) - 1}})
#define NIL ((GoEface){NULL, NULL})
#define ARGS(...) ((GoEface[]){__VA_ARGS__}), (int64_t)(sizeof((GoEface[]){__VA_ARGS__}) / sizeof(GoEface))

static char *cstr(GoString s) {
    char *c = malloc((size_t)s.len + 1);
    if (s.len) memcpy(c, s.ptr, (size_t)s.len);
    c[s.len] = 0;
    return c;
}

static void expect_sprintf(const char *want, const char *f, GoEface *args, int64_t n) {
    char *got = cstr(rt_fmt_sprintf((const uint8_t *)f, (int64_t)strlen(f), args, n));
    assert_string_equal(got, want);
    free(got);
}

static void expect_sprintln(const char *want, GoEface *args, int64_t n) {
    char *got = cstr(rt_fmt_sprintln(args, n));
    assert_string_equal(got, want);
    free(got);
}

static void expect_sprint(const char *want, GoEface *args, int64_t n) {
    char *got = cstr(rt_fmt_sprint(args, n));
    assert_string_equal(got, want);
    free(got);
}

// ---------------------------------------------------------------- Print and Println

static void test_println_basic(void **state UNUSED) {
    expect_sprintln("1 a 2.5 true <nil>\n", ARGS(I(1), S("a"), F(2.5), B(true), NIL));
    expect_sprintln("a 1\n", ARGS(S("a"), I(1)));
}

static void test_print_spacing(void **state UNUSED) {
    expect_sprint("1 2ab3 4", ARGS(I(1), I(2), S("a"), S("b"), I(3), I(4)));
}

static void test_float_shortest(void **state UNUSED) {
    expect_sprintln("1e+06 1e+20 1e+21 1.23456789e+08 0.0001 1e-05 3 2.5e-07 0.1\n",
                    ARGS(F(1e6), F(1e20), F(1e21), F(123456789.0), F(0.0001), F(0.00001), F(3.0), F(2.5e-7),
                         F32(0.1f)));
    expect_sprintf("1e+10 1.6777216e+07 3.4028235e+38", "%v %v %v",
                   ARGS(F32(1e10f), F32(16777216.0f), F32(3.4028235e38f)));
    expect_sprintf("1e+100 5e-324 1.7976931348623157e+308 0.3", "%v %v %v %v",
                   ARGS(F(1e100), F(5e-324), F(1.7976931348623157e308), F(0.3)));
}

// ---------------------------------------------------------------- Printf verbs

static void test_integers(void **state UNUSED) {
    expect_sprintf("42|   42|42   |-0042|+42| 42|ff|FF|0xff|10|010|101|A|'x'|U+1F600|U+0078 'x'",
                   "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%b|%c|%q|%U|%#U",
                   ARGS(I(42), I(42), I(42), I(-42), I(42), I(42), I(255), I(255), I(255), I(8), I(8), I(5),
                        I32('A'), I32('x'), I32(0x1F600), I32('x')));
    expect_sprintf("-ff|-FF|-10", "%x|%X|%o", ARGS(I(-255), I(-255), I(-8)));
    expect_sprintf("-9223372036854775808 18446744073709551615", "%v %v",
                   ARGS(((GoEface){&t_int64, &(int64_t){INT64_MIN}}),
                        ((GoEface){&t_uint64, &(uint64_t){UINT64_MAX}})));
    expect_sprintf("   3.1|-5|200", "%6.2v|%v|%v", ARGS(F(3.14159), I8(-5), U8(200)));
}

static void test_strings(void **state UNUSED) {
    expect_sprintf("hello|        hi|hi        |he|\"a\\\"b\\n\"|6869|68 69|`bq`",
                   "%s|%10s|%-10s|%.2s|%q|%x|% x|%#q",
                   ARGS(S("hello"), S("hi"), S("hi"), S("hello"), S("a\"b\n"), S("hi"), S("hi"), S("bq")));
    expect_sprintf("\"h\\u00e9llo\"|c3a9", "%+q|%x", ARGS(S("h\xc3\xa9llo"), S("\xc3\xa9")));
    expect_sprintf("-3   |    \xc3\xa9|000ab", "%-5d|%5s|%05s", ARGS(I(-3), S("\xc3\xa9"), S("ab")));
    expect_sprintf("abc|ab|     abc|", "%.3s|%.10s|%8.3s|", ARGS(S("abcdef"), S("ab"), S("abcdef")));
    expect_sprintf("\xe4\xb8\x96|\xef\xbf\xbd|'\\a'", "%c|%c|%q", ARGS(I(0x4E16), I(-1), I(7)));
}

static void test_floats(void **state UNUSED) {
    expect_sprintf("3.141590|3.14|   3.142|3.14    |-003.142|1.234568e+05|1.230000E-04|1e-07|3.14|1E+21",
                   "%f|%.2f|%8.3f|%-8.2f|%08.3f|%e|%E|%g|%.3g|%G",
                   ARGS(F(3.14159), F(3.14159), F(3.14159), F(3.14159), F(-3.14159), F(123456.789),
                        F(0.000123), F(1e-7), F(3.14159), F(1e21)));
    expect_sprintf("-003.500|+1.23e+04| 2.000", "%08.3f|%+.2e|% .3f", ARGS(F(-3.5), F(12345.678), F(2.0)));
    expect_sprintf(" 1.235e+03|", "%10.3e|", ARGS(F(1234.5678)));
    expect_sprintf("0.000000e+00|0|-0|100", "%e|%g|%v|%v", ARGS(F(0.0), F(0.0), F(-0.0), F(100.0)));
    expect_sprintf("2|0.1|4|9.999e+00", "%.0f|%.1f|%.0f|%.3e", ARGS(F(2.5), F(0.05), F(3.5), F(9.9995)));
    expect_sprintf("%| 99.5%", "%%|%5.1f%%", ARGS(F(99.5)));
}

static void test_special_floats(void **state UNUSED) {
    double inf = __builtin_inf(), nan = __builtin_nan("");
    expect_sprintf("+Inf NaN  -Inf|+Inf  |", "%v %v %5.1f|%-6v|", ARGS(F(inf), F(nan), F(-inf), F(inf)));
}

static void test_complex(void **state UNUSED) {
    expect_sprintf("(1+2i)|(1.50-2.25i)", "%v|%.2f",
                   ARGS(((GoEface){&t_complex128, (double[]){1, 2}}),
                        ((GoEface){&t_complex128, (double[]){1.5, -2.25}})));
}

static void test_bools(void **state UNUSED) {
    expect_sprintf("true false", "%t %v", ARGS(B(true), B(false)));
    expect_sprintf(" true|<nil>  |", "%5t|%-7v|", ARGS(B(true), NIL));
    expect_sprintf("true|%!d(bool=true)", "%v|%d", ARGS(B(true), B(true)));
}

// ---------------------------------------------------------------- composite values

static void test_structs(void **state UNUSED) {
    int64_t p[2] = {1, 2}, q[2] = {3, 4};
    GoEface pv = {&t_point, p};
    expect_sprintf("{1 2}|{X:1 Y:2}|main.Point|&{1 2}|&{X:3 Y:4}", "%v|%+v|%T|%v|%+v",
                   ARGS(pv, pv, pv, ((GoEface){&t_point_ptr, p}), ((GoEface){&t_point_ptr, q})));
    expect_sprintf("42|\"s\"|main.Point{X:1, Y:2}", "%#v|%#v|%#v", ARGS(I(42), S("s"), pv));
}

static void test_slices_arrays(void **state UNUSED) {
    int64_t xs[3] = {1, 2, 3};
    GoSlice s = {xs, 3, 3}, s2 = {xs, 2, 3}, nils = {0, 0, 0};
    GoString strs[1] = {gostr("a")};
    GoSlice ss = {strs, 1, 1};
    expect_sprintf("[1 2 3]|[]|[1 2 3]|[1 2]|[]string", "%v|%v|%v|%d|%T",
                   ARGS(((GoEface){&t_ints, &s}), ((GoEface){&t_ints, &nils}), ((GoEface){&t_int3, xs}),
                        ((GoEface){&t_ints, &s2}), ((GoEface){&t_strings, &ss})));
    int64_t pts[4] = {1, 2, 3, 4};
    GoSlice ps = {pts, 2, 2};
    expect_sprintf("[{1 2} {3 4}]", "%v", ARGS(((GoEface){&t_points, &ps})));
}

static void test_bytes(void **state UNUSED) {
    GoSlice hi = {"hi", 2, 2}, by = {"bytes", 5, 5};
    expect_sprintf("6869 6869", "%x %X", ARGS(((GoEface){&t_bytes, &hi}), S("hi")));
    expect_sprintf("bytes", "%s", ARGS(((GoEface){&t_bytes, &by})));
}

static void test_nested(void **state UNUSED) {
    int64_t one = 1;
    Outer a = {{&one, 1, 1}, {1, 2}, {0, 0}, 0};
    Outer b = {{0, 0, 0}, {0, 0}, {&t_int, &(int64_t){5}}, 0};
    expect_sprintf("{[1] {1 2} <nil> <nil>}|{A:[] B:{X:0 Y:0} C:5 D:<nil>}", "%v|%+v",
                   ARGS(((GoEface){&t_outer, &a}), ((GoEface){&t_outer, &b})));
    GoEface elems[3] = {I(1), S("a"), NIL};
    GoSlice es = {elems, 3, 3};
    expect_sprintf("[1 a <nil>]", "%v", ARGS(((GoEface){&t_anys, &es})));
    GoString strs[2] = {gostr("a"), gostr("b")};
    GoSlice ss = {strs, 2, 2};
    expect_sprintf("'x'|[\"a\" \"b\"]", "%q|%q", ARGS(I32('x'), ((GoEface){&t_strings, &ss})));
}

static void test_methods(void **state UNUSED) {
    int64_t s7 = 7, s3 = 3;
    expect_sprintf("myerr strS strS", "%v %s %v",
                   ARGS(((GoEface){&t_e, &s7}), ((GoEface){&t_s, &s7}), ((GoEface){&t_s, &s7})));
    expect_sprintf("myerr", "%s", ARGS(((GoEface){&t_e, &s7})));
    expect_sprintf("{3}", "%d", ARGS(((GoEface){&t_s, &s3})));
    struct {
        GoString name;
        int64_t v, v2;
    } w = {gostr("n"), 1, 2};
    GoEface we = {&t_withs, &w};
    // The unexported field's String method is not reachable, as in Go.
    expect_sprintf("{n strS {2}}|{Name:n V:strS v:{N:2}}", "%v|%+v", ARGS(we, we));
}

// ---------------------------------------------------------------- errors in the format

static void test_bad_verbs(void **state UNUSED) {
    expect_sprintf("%!d(string=hi) %!s(int=5)", "%d %s", ARGS(S("hi"), I(5)));
    expect_sprintf("%!d(MISSING)", "%d", NULL, 0);
    expect_sprintf("1%!(EXTRA int=2)", "%d", ARGS(I(1), I(2)));
    expect_sprintf("%!p(<nil>)", "%p", ARGS(NIL));
    expect_sprintf("%!!(MISSING)", "%!", NULL, 0);
    expect_sprintf("abc%!(NOVERB)", "abc%", NULL, 0);
}

static void test_star_and_index(void **state UNUSED) {
    expect_sprintf("   42|7   |", "%*d|%-*d|", ARGS(I(5), I(42), I(4), I(7)));
    expect_sprintf("2 1", "%[2]d %[1]d", ARGS(I(1), I(2)));
}

// ---------------------------------------------------------------- strconv and runes

static void test_strconv(void **state UNUSED) {
    GoString s = rt_strconv_itoa(-1234567);
    char *c = cstr(s);
    assert_string_equal(c, "-1234567");
    free(c);
    int64_t v;
    GoEface err;
    rt_strconv_atoi((const uint8_t *)"-42", 3, &v, &err);
    assert_int_equal(v, -42);
    assert_null(err.type);
    rt_strconv_atoi((const uint8_t *)"x1", 2, &v, &err);
    assert_ptr_equal(err.type, &rt_type_strconv_numerror_ptr);
    expect_sprintf("strconv.Atoi: parsing \"x1\": invalid syntax", "%v", &err, 1);
    rt_strconv_atoi((const uint8_t *)"99999999999999999999", 20, &v, &err);
    assert_int_equal(v, INT64_MAX);
    expect_sprintf("strconv.Atoi: parsing \"99999999999999999999\": value out of range", "%v", &err, 1);
}

static void test_runes(void **state UNUSED) {
    const uint8_t s[] = "a\xc3\xa9\xe4\xb8\x96\xf0\x9f\x98\x80\xff\xed\xa0\x80";
    int64_t len = sizeof s - 1, i = 0, next;
    int32_t want[] = {'a', 0xE9, 0x4E16, 0x1F600, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD};
    int64_t widths[] = {1, 2, 3, 4, 1, 1, 1, 1};
    for (int k = 0; k < 8; k++) {
        assert_int_equal(rt_decoderune(s, len, i, &next), want[k]);
        assert_int_equal(next - i, widths[k]);
        i = next;
    }
    uint8_t b[4];
    assert_int_equal(rt_encoderune(b, 0x1F600), 4);
    assert_memory_equal(b, "\xf0\x9f\x98\x80", 4);
    assert_int_equal(rt_encoderune(b, 0xD800), 3);
    assert_memory_equal(b, "\xef\xbf\xbd", 3);
}

static void test_float_format_direct(void **state UNUSED) {
    char b[RT_FLOATBUF];
    rt_format_float(b, 1.5, 'g', -1, 64);
    assert_string_equal(b, "1.5");
    rt_format_float(b, 0.1f, 'g', -1, 32);
    assert_string_equal(b, "0.1");
    rt_format_float(b, 123456.0, 'g', -1, 64);
    assert_string_equal(b, "123456");
    rt_format_float(b, 1234567.0, 'g', -1, 64);
    assert_string_equal(b, "1.234567e+06");
    rt_format_float(b, 1e-300, 'e', -1, 64);
    assert_string_equal(b, "1e-300");
}

static void test_efaceeq(void **state UNUSED) {
    int64_t a = 3, b = 3, c = 4;
    assert_true(rt_efaceeq(&t_int, &a, &t_int, &b));
    assert_false(rt_efaceeq(&t_int, &a, &t_int, &c));
    assert_false(rt_efaceeq(&t_int, &a, &t_int64, &a));
    GoString x = gostr("hi"), y = gostr("hi");
    assert_true(rt_efaceeq(&t_string, &x, &t_string, &y));
    int64_t p[2] = {1, 2}, q[2] = {1, 2};
    assert_true(rt_efaceeq(&t_point, p, &t_point, q));
    assert_true(rt_efaceeq(NULL, NULL, NULL, NULL));
}

static void test_float_hex_binary(void **state UNUSED) {
    expect_sprintf("0x1.cp+01|-0X1P+00|4503599627370496p-52|0x1.55p-02|0x1.99999ap-04|0x0p+00|10485760p-22|0x1p+01|0x1p-1074",
                   "%x|%X|%b|%.2x|%x|%x|%b|%.0x|%x",
                   ARGS(F(3.5), F(-1.0), F(1.0), F(1.0 / 3), F32(0.1f), F(0.0), F32(2.5f), F(1.5), F(5e-324)));
}

// ---------------------------------------------------------------- panics

// Runs fn in a child process and checks that it exits with status 2 after
// writing exactly want to stderr (the messages are Go 1.26's).
static void expect_panic(void (*fn)(void), const char *want) {
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        dup2(fds[1], 2);
        close(fds[0]);
        rt_install_signals();
        fn();
        _exit(0);
    }
    close(fds[1]);
    char got[1024];
    size_t n = 0;
    ssize_t r;
    while (n < sizeof got - 1 && (r = read(fds[0], got + n, sizeof got - 1 - n)) > 0) n += (size_t)r;
    got[n] = 0;
    close(fds[0]);
    int status;
    waitpid(pid, &status, 0);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 2);
    assert_string_equal(got, want);
}

static void panic_index(void) {
    rt_panic_index(7, 3);
}
static void panic_slice(void) {
    rt_panic_slice(1, 5, 3);
}
// The store is meant to fault: UBSan (GOSUB_SANITIZE) must not catch it first.
__attribute__((no_sanitize("undefined"))) static void panic_nil_signal(void) {
    volatile int *p = NULL;
    *p = 1;
}
static void panic_named_int(void) {
    static const GoType t_myint = {8, GOKIND_INT, 8, "main.MyInt", NULL, 0, 0, 0, 0, 0, 0, 1};
    int64_t v = 5;
    rt_panic_value(&t_myint, &v);
}
static void panic_error_value(void) {
    int64_t v = 0;
    rt_panic_value(&t_e, &v);
}
static void panic_assert(void) {
    rt_panic_assert(&t_string, &t_int, &t_any);
}
static void panic_uncomparable(void) {
    GoSlice s = {0, 0, 0};
    rt_efaceeq(&t_ints, &s, &t_ints, &s);
}

static void test_panics(void **state UNUSED) {
    expect_panic(panic_index, "panic: runtime error: index out of range [7] with length 3\n\ngoroutine 1 [running]:\n");
    expect_panic(panic_slice,
                 "panic: runtime error: slice bounds out of range [:5] with capacity 3\n\ngoroutine 1 [running]:\n");
    expect_panic(panic_named_int, "panic: main.MyInt(5)\n\ngoroutine 1 [running]:\n");
    expect_panic(panic_error_value, "panic: myerr\n\ngoroutine 1 [running]:\n");
    expect_panic(panic_assert,
                 "panic: interface conversion: interface {} is string, not int\n\ngoroutine 1 [running]:\n");
    expect_panic(panic_uncomparable,
                 "panic: runtime error: comparing uncomparable type []int\n\ngoroutine 1 [running]:\n");
}

static void test_nil_dereference_signal(void **state UNUSED) {
    // The address and pc vary; only the first line is compared exactly.
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 2);
        rt_install_signals();
        panic_nil_signal();
        _exit(0);
    }
    close(fds[1]);
    char got[1024] = {0};
    size_t n = 0;
    ssize_t r;
    while (n < sizeof got - 1 && (r = read(fds[0], got + n, sizeof got - 1 - n)) > 0) n += (size_t)r;
    close(fds[0]);
    int status;
    waitpid(pid, &status, 0);
    assert_int_equal(WEXITSTATUS(status), 2);
    const char *want = "panic: runtime error: invalid memory address or nil pointer dereference\n"
                       "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x";
    assert_memory_equal(got, want, strlen(want));
}

int main(int argc UNUSED, char **argv UNUSED) {
    gc_init();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_println_basic),  cmocka_unit_test(test_print_spacing),
        cmocka_unit_test(test_float_shortest), cmocka_unit_test(test_integers),
        cmocka_unit_test(test_strings),        cmocka_unit_test(test_floats),
        cmocka_unit_test(test_special_floats), cmocka_unit_test(test_complex),
        cmocka_unit_test(test_bools),          cmocka_unit_test(test_structs),
        cmocka_unit_test(test_slices_arrays),  cmocka_unit_test(test_bytes),
        cmocka_unit_test(test_nested),         cmocka_unit_test(test_methods),
        cmocka_unit_test(test_bad_verbs),      cmocka_unit_test(test_star_and_index),
        cmocka_unit_test(test_strconv),        cmocka_unit_test(test_runes),
        cmocka_unit_test(test_float_format_direct), cmocka_unit_test(test_efaceeq),
        cmocka_unit_test(test_float_hex_binary), cmocka_unit_test(test_panics),
        cmocka_unit_test(test_nil_dereference_signal),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
