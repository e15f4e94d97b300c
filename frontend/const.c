// const.c: exact arithmetic on compile-time constants (spec: Constant expressions).
//
// Integer constants are exact in 128 bits (__int128); a result outside that
// range is "constant overflow".  Float constants are long double, which holds
// every float64 exactly and rounds only untyped intermediate results beyond it.
// Typed constants are kept in range by the checker, which calls
// const_representable after every operation on a typed constant:
//     const c int8 = 100; c * 2   ->  200 does not fit int8: "constant 200 overflows int8"
//
// Complex constants are pairs of long doubles (re, im), computed with the
// textbook formulas: (a+bi)(c+di) = (ac-bd) + (ad+bc)i, and for the quotient
// ((ac+bd) + (bc-ad)i) / (c*c+d*d).  A complex constant whose imaginary part
// is zero is an integer or float wherever one is needed: int(2+0i) == 2.
//
// Representability (spec: Representability): an integer type holds exactly
// the integers in its range; a float type holds any finite value after
// rounding to its precision; a complex type a pair of such floats; an
// untyped-int target needs an integral value.
#include "check.h"

#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

ConstVal const_int(__int128 v) { return (ConstVal){.kind = CONST_INT, .i = v}; }
ConstVal const_float(long double v) { return (ConstVal){.kind = CONST_FLOAT, .f = v}; }
ConstVal const_complex(long double re, long double im) {
    // + 0 turns -0 into 0: constants are exact numbers, without a signed zero.
    return (ConstVal){.kind = CONST_COMPLEX, .f = re + 0.0L, .fi = im + 0.0L};
}
ConstVal const_bool(bool v) { return (ConstVal){.kind = CONST_BOOL, .b = v}; }
ConstVal const_str(const char *s, int64_t n) {
    return (ConstVal){.kind = CONST_STRING, .s = s, .slen = n};
}

// The real part of a numeric constant (the value itself for ints and floats).
long double const_as_float(ConstVal *v) {
    return v->kind == CONST_INT ? (long double)v->i : v->f;
}

// The imaginary part of a numeric constant: zero unless it is complex.
long double const_imag(ConstVal *v) { return v->kind == CONST_COMPLEX ? v->fi : 0; }

// A numeric constant as a float, when it has no imaginary part.
static bool real_value(ConstVal *v, ConstVal *out) {
    if (v->kind != CONST_INT && v->kind != CONST_FLOAT && v->kind != CONST_COMPLEX)
        return false;
    if (const_imag(v) != 0)
        return false;
    *out = const_float(const_as_float(v));
    return true;
}

// Converts a float (or complex with zero imaginary part) constant with an
// integral value to an int constant.
bool const_to_int(ConstVal *v, ConstVal *out) {
    if (v->kind == CONST_INT) {
        *out = *v;
        return true;
    }
    if (v->kind == CONST_COMPLEX && v->fi != 0)
        return false;
    if ((v->kind != CONST_FLOAT && v->kind != CONST_COMPLEX) || v->f != floorl(v->f) ||
        fabsl(v->f) >= 1.7e38L)
        return false;
    *out = const_int((__int128)v->f);
    return true;
}

static bool int_range(TypeKind k, __int128 *lo, __int128 *hi) {
    int bits;
    bool u = false;
    switch (k) {
    case TYPE_INT8: bits = 8; break;
    case TYPE_INT16: bits = 16; break;
    case TYPE_INT32: bits = 32; break;
    case TYPE_INT: case TYPE_INT64: bits = 64; break;
    case TYPE_UINT8: bits = 8; u = true; break;
    case TYPE_UINT16: bits = 16; u = true; break;
    case TYPE_UINT32: bits = 32; u = true; break;
    case TYPE_UINT: case TYPE_UINT64: case TYPE_UINTPTR: bits = 64; u = true; break;
    default: return false;
    }
    if (u) {
        *lo = 0;
        *hi = ((__int128)1 << bits) - 1;
    } else {
        *hi = ((__int128)1 << (bits - 1)) - 1;
        *lo = -*hi - 1;
    }
    return true;
}

// Rounds x to the precision of float type k (long double for untyped).
static long double round_to(TypeKind k, long double x) {
    if (k == TYPE_FLOAT32 || k == TYPE_COMPLEX64)
        return (float)x;
    if (k == TYPE_FLOAT64 || k == TYPE_COMPLEX128)
        return (double)x;
    return x;
}

static bool complex_representable(ConstVal *v, TypeKind k, ConstVal *r) {
    if (v->kind != CONST_INT && v->kind != CONST_FLOAT && v->kind != CONST_COMPLEX)
        return false;
    *r = const_complex(round_to(k, const_as_float(v)), round_to(k, const_imag(v)));
    return !isinf(r->f) && !isinf(r->fi);
}

// spec: Representability
bool const_representable(ConstVal *v, Type *t, ConstVal *rounded) {
    Type *u = type_under(t);
    ConstVal r = *v;
    bool ok = false;
    __int128 lo, hi;
    switch (u->kind) {
    case TYPE_BOOL: case TYPE_UNTYPED_BOOL:
        ok = v->kind == CONST_BOOL;
        break;
    case TYPE_STRING: case TYPE_UNTYPED_STRING:
        ok = v->kind == CONST_STRING;
        break;
    case TYPE_UNTYPED_INT: case TYPE_UNTYPED_RUNE:
        ok = const_to_int(v, &r);
        break;
    case TYPE_FLOAT32:
    case TYPE_FLOAT64:
    case TYPE_UNTYPED_FLOAT:
        if (!real_value(v, &r))
            break;
        r.f = round_to(u->kind, r.f);
        ok = !isinf(r.f);
        break;
    case TYPE_COMPLEX64:
    case TYPE_COMPLEX128:
    case TYPE_UNTYPED_COMPLEX:
        ok = complex_representable(v, u->kind, &r);
        break;
    default:
        if (!int_range(u->kind, &lo, &hi))
            break;
        ok = const_to_int(v, &r) && r.i >= lo && r.i <= hi;
        break;
    }
    if (ok && rounded)
        *rounded = r;
    return ok;
}

// Wraps an integer to the width of t (used for ^x on unsigned types).
static __int128 wrap_unsigned(__int128 v, Type *t) {
    __int128 lo, hi;
    if (!int_range(type_under(t)->kind, &lo, &hi) || lo != 0)
        return v;
    return v & hi;
}

// spec: Operators (unary).  t is the operand's type: ^x on an unsigned typed
// constant flips only the type's bits (^uint8(1) == 254).
bool const_unary(int op, ConstVal *a, Type *t, ConstVal *out) {
    switch (op) {
    case TOK_ADD: *out = *a; return true;
    case TOK_SUB:
        if (a->kind == CONST_INT)
            *out = const_int(-a->i);
        else if (a->kind == CONST_COMPLEX)
            *out = const_complex(-a->f, -a->fi);
        else
            *out = const_float(-a->f);
        return true;
    case TOK_NOT: *out = const_bool(!a->b); return true;
    case TOK_XOR:
        *out = const_int(type_is_unsigned(t) ? wrap_unsigned(~a->i, t) : ~a->i);
        return true;
    default: return false;
    }
}

static const char *concat(ConstVal *a, ConstVal *b, int64_t *n) {
    *n = a->slen + b->slen;
    char *s = arena_alloc((size_t)*n + 1);
    memcpy(s, a->s, (size_t)a->slen);
    memcpy(s + a->slen, b->s, (size_t)b->slen);
    return s;
}

static ConstErr int_binary(int op, __int128 x, __int128 y, ConstVal *out) {
    __int128 r = 0;
    bool ovf = false;
    switch (op) {
    case TOK_ADD: ovf = __builtin_add_overflow(x, y, &r); break;
    case TOK_SUB: ovf = __builtin_sub_overflow(x, y, &r); break;
    case TOK_MUL: ovf = __builtin_mul_overflow(x, y, &r); break;
    case TOK_QUO:
        if (!y)
            return CONST_ERR_DIV_ZERO;
        r = x / y;
        break;
    case TOK_REM:
        if (!y)
            return CONST_ERR_DIV_ZERO;
        r = x % y;
        break;
    case TOK_AND: r = x & y; break;
    case TOK_OR: r = x | y; break;
    case TOK_XOR: r = x ^ y; break;
    case TOK_AND_NOT: r = x & ~y; break;
    default: return CONST_ERR_OP;
    }
    if (ovf)
        return CONST_ERR_OVERFLOW;
    *out = const_int(r);
    return CONST_OK;
}

static ConstErr float_binary(int op, long double x, long double y, ConstVal *out) {
    long double r;
    switch (op) {
    case TOK_ADD: r = x + y; break;
    case TOK_SUB: r = x - y; break;
    case TOK_MUL: r = x * y; break;
    case TOK_QUO:
        if (y == 0)
            return CONST_ERR_DIV_ZERO;
        r = x / y;
        break;
    default: return CONST_ERR_OP;
    }
    if (isinf(r) || isnan(r))
        return CONST_ERR_OVERFLOW;
    *out = const_float(r);
    return CONST_OK;
}

static ConstErr complex_binary(int op, ConstVal *x, ConstVal *y, ConstVal *out) {
    long double a = const_as_float(x), b = const_imag(x);
    long double c = const_as_float(y), d = const_imag(y);
    long double re, im;
    switch (op) {
    case TOK_ADD: re = a + c, im = b + d; break;
    case TOK_SUB: re = a - c, im = b - d; break;
    case TOK_MUL: re = a * c - b * d, im = a * d + b * c; break;
    case TOK_QUO: {
        long double den = c * c + d * d;
        if (den == 0)
            return CONST_ERR_DIV_ZERO;
        re = (a * c + b * d) / den, im = (b * c - a * d) / den;
        break;
    }
    default: return CONST_ERR_OP;
    }
    if (isinf(re) || isnan(re) || isinf(im) || isnan(im))
        return CONST_ERR_OVERFLOW;
    *out = const_complex(re, im);
    return CONST_OK;
}

// spec: Arithmetic operators on constants.  integer says whether the
// operation is on integers (x / y truncates) even when a value is stored as a
// float (an untyped float constant converted to an integer type).
ConstErr const_binary(int op, ConstVal *a, ConstVal *b, bool integer, ConstVal *out) {
    if (a->kind == CONST_STRING && op == TOK_ADD) {
        int64_t n;
        const char *s = concat(a, b, &n);
        *out = const_str(s, n);
        return CONST_OK;
    }
    if (a->kind == CONST_BOOL) {
        if (op == TOK_LAND)
            *out = const_bool(a->b && b->b);
        else if (op == TOK_LOR)
            *out = const_bool(a->b || b->b);
        else
            return CONST_ERR_OP;
        return CONST_OK;
    }
    if (a->kind == CONST_COMPLEX || b->kind == CONST_COMPLEX)
        return complex_binary(op, a, b, out);
    ConstVal x, y;
    if (integer && const_to_int(a, &x) && const_to_int(b, &y))
        return int_binary(op, x.i, y.i, out);
    if (a->kind == CONST_INT && b->kind == CONST_INT && op != TOK_QUO)
        return int_binary(op, a->i, b->i, out);
    return float_binary(op, const_as_float(a), const_as_float(b), out);
}

static int cmp_values(ConstVal *a, ConstVal *b) {
    if (a->kind == CONST_STRING) {
        int64_t n = a->slen < b->slen ? a->slen : b->slen;
        int c = memcmp(a->s, b->s, (size_t)n);
        if (c)
            return c;
        return (a->slen > b->slen) - (a->slen < b->slen);
    }
    if (a->kind == CONST_BOOL)
        return a->b != b->b;
    if (a->kind == CONST_INT && b->kind == CONST_INT)
        return (a->i > b->i) - (a->i < b->i);
    if (const_imag(a) != const_imag(b))
        return 1;  // only == and != apply to complex constants
    long double x = const_as_float(a), y = const_as_float(b);
    return (x > y) - (x < y);
}

// spec: Comparison operators on constants.
bool const_compare(int op, ConstVal *a, ConstVal *b) {
    int c = cmp_values(a, b);
    switch (op) {
    case TOK_EQL: return c == 0;
    case TOK_NEQ: return c != 0;
    case TOK_LSS: return c < 0;
    case TOK_LEQ: return c <= 0;
    case TOK_GTR: return c > 0;
    case TOK_GEQ: return c >= 0;
    default: return false;
    }
}

// spec: Shifts of constants.  The count is a non-negative integer; a shift
// that leaves 128 bits is "constant overflow" (gc's limit is 512 bits).
ConstErr const_shift(int op, ConstVal *a, uint64_t count, ConstVal *out) {
    ConstVal x;
    if (!const_to_int(a, &x))
        return CONST_ERR_OP;
    if (op == TOK_SHR) {
        *out = const_int(count >= 127 ? (x.i < 0 ? -1 : 0) : x.i >> count);
        return CONST_OK;
    }
    if (x.i == 0) {
        *out = x;
        return CONST_OK;
    }
    if (count >= 127)
        return CONST_ERR_OVERFLOW;
    // Shifted as unsigned: << of a negative value is undefined in C.
    __int128 r = (__int128)((unsigned __int128)x.i << count);
    if ((r >> count) != x.i)
        return CONST_ERR_OVERFLOW;
    *out = const_int(r);
    return CONST_OK;
}

static const char *int128_string(__int128 v) {
    char buf[64], *p = buf + sizeof buf - 1;
    *p = 0;
    bool neg = v < 0;
    unsigned __int128 u = neg ? -(unsigned __int128)v : (unsigned __int128)v;
    do {
        *--p = (char)('0' + (int)(u % 10));
        u /= 10;
    } while (u);
    if (neg)
        *--p = '-';
    return arena_strdup(p);
}

// The shortest decimal that reads back as the same double, as gc prints
// constants in messages ("1.5", "1e+100").
static const char *float_string(long double f) {
    if (f == floorl(f) && fabsl(f) < 1e21L)
        return arena_sprintf("%.0Lf", f);
    for (int prec = 1; prec < 40; prec++) {
        char *s = arena_sprintf("%.*Lg", prec, f);
        if ((double)strtold(s, NULL) == (double)f)
            return s;
    }
    return arena_sprintf("%Lg", f);
}

// A part of a complex constant as go/constant prints it: an integer exactly,
// anything else with 6 significant digits ("-2.12346", "1e+400").
static const char *part_string(long double f) {
    if (f == floorl(f) && fabsl(f) < 1e21L)
        return arena_sprintf("%.0Lf", f);
    return arena_sprintf("%.6Lg", f);
}

static const char *quote(const char *s, int64_t n) {
    char *out = arena_alloc((size_t)n * 4 + 3), *p = out;
    *p++ = '"';
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            *p++ = '\\';
            *p++ = (char)c;
        } else if (c == '\n') {
            *p++ = '\\';
            *p++ = 'n';
        } else if (c == '\t') {
            *p++ = '\\';
            *p++ = 't';
        } else if (c < 0x20 || c == 0x7f) {
            p += sprintf(p, "\\x%02x", c);
        } else {
            *p++ = (char)c;
        }
    }
    *p++ = '"';
    *p = 0;
    return out;
}

const char *const_string(ConstVal *v) {
    switch (v->kind) {
    case CONST_BOOL: return v->b ? "true" : "false";
    case CONST_INT: return int128_string(v->i);
    case CONST_FLOAT: return float_string(v->f);
    case CONST_COMPLEX:  // go/constant's spelling: "(1 + 2i)", "(0 + 2i)", "(1.5 + -2i)"
        return arena_sprintf("(%s + %si)", part_string(v->f), part_string(v->fi));
    case CONST_STRING: return quote(v->s, v->slen);
    default: return "?";
    }
}
