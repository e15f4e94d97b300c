// lib.c: the parts of package os and strconv the runtime provides.
//
// os.Args is a []string whose backing array is gc-allocated (a runtime root
// the collector scans) and whose strings point straight at argv, which lives
// as long as the process.  os.Exit flushes stdout first, since gosub buffers
// it and Go does not.
//
// strconv.Atoi returns a *strconv.NumError on failure, with Go's text:
//     strconv.Atoi: parsing "x": invalid syntax
//     strconv.Atoi: parsing "99999999999999999999": value out of range
// The record is laid out as Go's NumError {Func, Num string; Err error}, and
// its Err holds an *errors.errorString, so %v and Error() print the same as
// Go.  Out-of-range values are clamped to the int64 limits as ParseInt does.
#include <string.h>

#include "runtime.h"

GoSlice rt_os_args;

// ---------------------------------------------------------------- type descriptors

static const uint8_t mask_ptr[1] = {0x01};        // word 0 is a pointer
static const uint8_t mask_numerror[1] = {0x35};   // Func.ptr, Num.ptr, Err.type, Err.data

static const GoType type_string = {16, GOKIND_STRING, 8, "string", mask_ptr, 0, 0, 0, 0, 0, 0, 0};
static const GoType type_error = {16, GOKIND_INTERFACE, 8, "error", (const uint8_t[]){0x03},
                                  0, 0, 0, 0, 0, 0, 1};

static GoString errorstring_error(void *data) {
    return *(GoString *)data;
}

static const GoField errorstring_fields[1] = {{"s", &type_string, 0, 0}};
static const GoType type_errorstring = {16, GOKIND_STRUCT, 8, "errors.errorString", mask_ptr,
                                        0, 0, 1, errorstring_fields, 0, 0, 1};
static const GoMethod errorstring_methods[1] = {{"Error", (void *)errorstring_error, NULL, 0}};
static const GoType type_errorstring_ptr = {8, GOKIND_POINTER, 8, "*errors.errorString", mask_ptr,
                                            &type_errorstring, 0, 0, 0, 1, errorstring_methods, 0};

typedef struct NumError {
    GoString func, num;
    GoEface err;
} NumError;

static GoString numerror_error(void *data) {
    NumError *e = data;
    RtBuf b = {0};
    rt_buf_puts(&b, "strconv.");
    rt_buf_put(&b, e->func.ptr, (size_t)e->func.len);
    rt_buf_puts(&b, ": parsing ");
    rt_quote(&b, e->num.ptr, e->num.len);
    rt_buf_puts(&b, ": ");
    GoString inner = errorstring_error(e->err.data);
    rt_buf_put(&b, inner.ptr, (size_t)inner.len);
    GoString s = rt_make_string(b.p, (int64_t)b.n);
    rt_buf_free(&b);
    return s;
}

static const GoField numerror_fields[3] = {
    {"Func", &type_string, 0, 0}, {"Num", &type_string, 16, 0}, {"Err", &type_error, 32, 0}};
static const GoType type_numerror = {48, GOKIND_STRUCT, 8, "strconv.NumError", mask_numerror,
                                     0, 0, 3, numerror_fields, 0, 0, 1};
static const GoMethod numerror_methods[1] = {{"Error", (void *)numerror_error, NULL, 0}};
const GoType rt_type_strconv_numerror_ptr = {8, GOKIND_POINTER, 8, "*strconv.NumError", mask_ptr,
                                             &type_numerror, 0, 0, 0, 1, numerror_methods, 0};

// ---------------------------------------------------------------- os

void rt_set_args(int argc, char **argv) {
    GoString *a = gc_alloc((int64_t)argc * (int64_t)sizeof(GoString), &type_string);
    for (int i = 0; i < argc; i++) a[i] = (GoString){(const uint8_t *)argv[i], (int64_t)strlen(argv[i])};
    rt_os_args = (GoSlice){a, argc, argc};
}

_Noreturn void rt_os_exit(int64_t code) {
    rt_exit((int)code);
}

// ---------------------------------------------------------------- strconv

GoString rt_strconv_itoa(int64_t v) {
    char b[24];
    int n = 0;
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    do {
        b[sizeof b - 1 - n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) b[sizeof b - 1 - n++] = '-';
    return rt_make_string(b + sizeof b - n, n);
}

static GoEface make_numerror(const uint8_t *p, int64_t n, const char *why) {
    GoString *msg = gc_alloc(sizeof(GoString), &type_errorstring);
    *msg = (GoString){(const uint8_t *)why, (int64_t)strlen(why)};
    NumError *e = gc_alloc(sizeof(NumError), &type_numerror);
    e->func = (GoString){(const uint8_t *)"Atoi", 4};
    e->num = rt_make_string(p, n);
    e->err = (GoEface){&type_errorstring_ptr, msg};
    return (GoEface){&rt_type_strconv_numerror_ptr, e};
}

void rt_strconv_atoi(const uint8_t *p, int64_t n, int64_t *out, GoEface *err) {
    int64_t i = 0;
    bool neg = false;
    *out = 0;
    *err = (GoEface){0, 0};
    if (n > 0 && (p[0] == '+' || p[0] == '-')) neg = p[i++] == '-';
    if (i == n) {
        *err = make_numerror(p, n, "invalid syntax");
        return;
    }
    // As ParseUint: a syntax error or uint64 overflow ends the scan at once;
    // the int64 range is checked afterwards, as ParseInt does.
    uint64_t v = 0;
    for (; i < n; i++) {
        if (p[i] < '0' || p[i] > '9') {
            *err = make_numerror(p, n, "invalid syntax");
            return;
        }
        uint64_t d = p[i] - '0';
        if (v > (UINT64_MAX - d) / 10) break;
        v = v * 10 + d;
    }
    uint64_t limit = neg ? (uint64_t)1 << 63 : ((uint64_t)1 << 63) - 1;
    if (i < n || v > limit) {
        *out = neg ? INT64_MIN : INT64_MAX;
        *err = make_numerror(p, n, "value out of range");
        return;
    }
    *out = neg ? (int64_t)(0 - v) : (int64_t)v;
}
