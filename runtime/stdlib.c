// stdlib.c: primitives of the Go-source standard library (stdlib/).
//
// A package in stdlib/ declares each of these as a function without body
// under a "//gosub:runtime NAME" line (docs/stdlib.md); calls use gosub's
// calling convention, which equals C's for scalars and for two-word values
// (string, interface) among at most six argument words.  Everything else
// about the package is Go.  Example, from stdlib/errors/errors.go:
//     //gosub:runtime rt_errors_as
//     func asTarget(err error, target any) bool
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gosub_rt.h"
#include "runtime.h"

static bool has_error_method(const GoType *t) {
    for (int64_t i = 0; t && i < t->nmethods; i++)
        if (!strcmp(t->methods[i].name, "Error"))
            return true;
    return false;
}

// errors.As's checks of its target: 0 fine, 1 not a non-nil pointer,
// 2 *target neither an interface nor implementing error.
int64_t rt_errors_as_check(GoEface target) {
    if (!target.type || target.type->kind != GOKIND_POINTER || !target.data)
        return 1;
    const GoType *elem = target.type->elem;
    if (elem->kind != GOKIND_INTERFACE && !has_error_method(elem))
        return 2;
    return 0;
}

// Stores err in *target when err's dynamic type is *target's type, or
// implements it when that is an interface (errors.As's assignability test).
bool rt_errors_as(GoEface err, GoEface target) {
    const GoType *elem = target.type->elem;
    if (!err.type)
        return false;
    if (elem->kind == GOKIND_INTERFACE) {
        if (!rt_implements(err.type, elem))
            return false;
        *(GoEface *)target.data = err;
        return true;
    }
    if (err.type != elem)
        return false;
    bool direct = elem->kind == GOKIND_POINTER || elem->kind == GOKIND_MAP ||
                  elem->kind == GOKIND_CHAN || elem->kind == GOKIND_FUNC ||
                  elem->kind == GOKIND_UNSAFE_POINTER;
    if (direct)
        *(void **)target.data = err.data;
    else
        memcpy(target.data, err.data, (size_t)elem->size);
    return true;
}

// Whether x's dynamic type is comparable (errors.Is compares only then).
bool rt_errors_comparable(GoEface x) { return !x.type || rt_comparable(x.type); }

// sort.Slice's reflection: the length of the slice in x, -1 when x holds no slice.
int64_t rt_sort_slice_len(GoEface x) {
    if (!x.type || x.type->kind != GOKIND_SLICE)
        return -1;
    return ((GoSlice *)x.data)->len;
}

// Swaps elements i and j of the slice in x (indices checked by the caller's less).
void rt_sort_slice_swap(GoEface x, int64_t i, int64_t j) {
    GoSlice *s = x.data;
    if ((uint64_t)i >= (uint64_t)s->len)
        rt_panic_index(i, s->len);
    if ((uint64_t)j >= (uint64_t)s->len)
        rt_panic_index(j, s->len);
    int64_t size = x.type->elem->size;
    uint8_t *a = (uint8_t *)s->ptr + i * size, *b = (uint8_t *)s->ptr + j * size;
    uint8_t tmp[256];
    for (int64_t off = 0; off < size; off += (int64_t)sizeof tmp) {
        size_t n = (size_t)(size - off < (int64_t)sizeof tmp ? size - off : (int64_t)sizeof tmp);
        memcpy(tmp, a + off, n);
        memcpy(a + off, b + off, n);
        memcpy(b + off, tmp, n);
    }
}

// math's bit conversions.
uint64_t rt_math_float64bits(double f) {
    uint64_t b;
    memcpy(&b, &f, sizeof b);
    return b;
}

double rt_math_float64frombits(uint64_t b) {
    double f;
    memcpy(&f, &b, sizeof f);
    return f;
}

uint32_t rt_math_float32bits(float f) {
    uint32_t b;
    memcpy(&b, &f, sizeof b);
    return b;
}

float rt_math_float32frombits(uint32_t b) {
    float f;
    memcpy(&f, &b, sizeof f);
    return f;
}

// math.Cbrt, correctly rounded as Go's is in practice (glibc's cbrt can be
// an ulp off: cbrt(27) = 3.0000000000000004): libm's result and its two
// neighbours are cubed in long double and the closest to x wins.
double rt_math_cbrt(double x) {
    double r = cbrt(x);
    if (r == 0 || isinf(r) || isnan(r))
        return r;
    double best = r;
    long double xl = x, err = fabsl((long double)r * r * r - xl);
    double cands[2] = {nextafter(r, -INFINITY), nextafter(r, INFINITY)};
    for (int i = 0; i < 2; i++) {
        long double e = fabsl((long double)cands[i] * cands[i] * cands[i] - xl);
        if (e < err)
            err = e, best = cands[i];
    }
    return best;
}

// ---------------------------------------------------------------- strconv

// strconv.FormatFloat (float.c does the work).  Precisions are capped at 700
// digits, past every digit a float64 has, so the buffer always suffices.
GoString rt_strconv_format_float(double f, int64_t fmt, int64_t prec, int64_t bitsize) {
    char buf[2048];
    if (prec > 700)
        prec = 700;
    int n = rt_format_float(buf, f, (char)fmt, (int)prec, (int)bitsize);
    return rt_make_string(buf, n);
}

// strconv.ParseFloat's conversion of text already checked to be well formed
// (decimal or hexadecimal, no underscores): the C library rounds correctly.
double rt_strconv_parse_float(GoString s, int64_t bitsize) {
    char buf[512];
    size_t n = s.len < (int64_t)sizeof buf - 1 ? (size_t)s.len : sizeof buf - 1;
    memcpy(buf, s.ptr, n);
    buf[n] = 0;
    if (bitsize == 32)
        return strtof(buf, NULL);
    return strtod(buf, NULL);
}

// ---------------------------------------------------------------- os

// (*os.File).Write: the runtime's output streams for 1 and 2, which fmt.Print
// and println share, so every writer's bytes reach the file in program order;
// write(2) for any other descriptor.  n bytes written, or -errno.
int64_t rt_os_write(int64_t fd, const uint8_t *p, int64_t n) {
    if (fd == 1 || fd == 2) {
        rt_write((int)fd, p, (size_t)n);
        return n;
    }
    int64_t done = 0;
    while (done < n) {
        ssize_t w = write((int)fd, p + done, (size_t)(n - done));
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0)
            return -errno;
        done += w;
    }
    return n;
}

// syscall.Errno's text: the C library's, which differs from Go's table only
// in the capital first letter ("Bad file descriptor").
GoString rt_os_errstr(int64_t errno_value) {
    char buf[128];
    snprintf(buf, sizeof buf, "%s", strerror((int)errno_value));
    if (buf[0] >= 'A' && buf[0] <= 'Z' && !(buf[1] >= 'A' && buf[1] <= 'Z'))
        buf[0] = (char)(buf[0] - 'A' + 'a');
    return rt_make_string(buf, (int64_t)strlen(buf));
}
