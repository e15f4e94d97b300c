// float.c: Go's strconv.FormatFloat, shared by print, panic and fmt.
//
// Go 1.26's print builtin, its panic printer and fmt's %v all print floats
// as strconv.FormatFloat(v, 'g', -1, bitsize): the shortest decimal that reads
// back as the same float32/float64, in %e form when the exponent is < -4 or
// >= 6 (the "shortest" rule: 1e+06, 123456.5, 1.23456789e+08, 1e-05).
//
// Model.  A float becomes a decimal digit string d[0..nd) with the decimal
// point dp digits from the left (0.0125 = "125", dp -1), as in strconv's
// decimalSlice; the formatters fmt_e and fmt_f are transcriptions of
// strconv's fmtE and fmtF.  The digits come from the C library, which rounds
// correctly: the shortest digits are found by asking "%.*e" for 1, 2, ... 17
// significant digits (9 for float32) until strtod/strtof reads the text back
// as the same value - at most 17 tries, only in printing code.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime.h"

typedef struct Digits {
    char d[800];  // enough for %f of the largest double's integer part plus precision
    int nd, dp;
    bool neg;
} Digits;

// Parses "%.*e" output "d.ddddde+XX" (sign already removed) into ds.
static void parse_e(Digits *ds, const char *s) {
    ds->nd = 0;
    for (; *s && *s != 'e'; s++)
        if (*s != '.') ds->d[ds->nd++] = *s;
    ds->dp = (int)strtol(s + 1, NULL, 10) + 1;
    while (ds->nd > 0 && ds->d[ds->nd - 1] == '0') ds->nd--;
    if (ds->nd == 0) ds->dp = 0;
}

static bool round_trips(const char *s, double v, int bitsize) {
    if (bitsize == 32) return strtof(s, NULL) == (float)v;
    return strtod(s, NULL) == v;
}

static void shortest_digits(Digits *ds, double a, int bitsize) {
    char tmp[64];
    int max = bitsize == 32 ? 9 : 17;
    for (int p = 1; p <= max; p++) {
        snprintf(tmp, sizeof tmp, "%.*e", p - 1, a);
        if (p == max || round_trips(tmp, a, bitsize)) break;
    }
    parse_e(ds, tmp);
}

// Rounds to n significant digits (n >= 1).
static void sig_digits(Digits *ds, double a, int n) {
    char tmp[900];
    if (n > 780) n = 780;
    snprintf(tmp, sizeof tmp, "%.*e", n - 1, a);
    parse_e(ds, tmp);
}

static int put_exp(char *p, int exp) {
    int n = 0;
    p[n++] = exp < 0 ? '-' : '+';
    if (exp < 0) exp = -exp;
    if (exp < 10) {
        p[n++] = '0';
        p[n++] = (char)('0' + exp);
    } else if (exp < 100) {
        p[n++] = (char)('0' + exp / 10);
        p[n++] = (char)('0' + exp % 10);
    } else {
        p[n++] = (char)('0' + exp / 100);
        p[n++] = (char)('0' + exp / 10 % 10);
        p[n++] = (char)('0' + exp % 10);
    }
    return n;
}

// %e: -d.ddddde±dd
static int fmt_e(char *buf, const Digits *ds, int prec, char fmt) {
    int n = 0;
    if (ds->neg) buf[n++] = '-';
    buf[n++] = ds->nd == 0 ? '0' : ds->d[0];
    if (prec > 0) {
        buf[n++] = '.';
        int i = 1, m = ds->nd < prec + 1 ? ds->nd : prec + 1;
        for (; i < m; i++) buf[n++] = ds->d[i];
        for (; i <= prec; i++) buf[n++] = '0';
    }
    buf[n++] = fmt;
    int exp = ds->nd == 0 ? 0 : ds->dp - 1;
    n += put_exp(buf + n, exp);
    buf[n] = 0;
    return n;
}

// %f: -ddddd.ddddd
static int fmt_f(char *buf, const Digits *ds, int prec) {
    int n = 0;
    if (ds->neg) buf[n++] = '-';
    if (ds->dp > 0) {
        int m = ds->nd < ds->dp ? ds->nd : ds->dp;
        for (int i = 0; i < m; i++) buf[n++] = ds->d[i];
        for (int i = m; i < ds->dp; i++) buf[n++] = '0';
    } else {
        buf[n++] = '0';
    }
    if (prec > 0) {
        buf[n++] = '.';
        for (int i = 1; i <= prec; i++) {
            int j = ds->dp + i - 1;
            buf[n++] = (j >= 0 && j < ds->nd) ? ds->d[j] : '0';
        }
    }
    buf[n] = 0;
    return n;
}

static int fmt_special(char *buf, double v) {
    const char *s = isnan(v) ? "NaN" : v > 0 ? "+Inf" : "-Inf";
    strcpy(buf, s);
    return (int)strlen(s);
}

// %f with an explicit precision: the C library rounds exactly as strconv.
static int fixed_f(char *buf, double v, int prec) {
    if (prec > 300) prec = 300;
    int n = snprintf(buf, RT_FLOATBUF, "%.*f", prec, v);
    return n;
}

static int fmt_g(char *buf, Digits *ds, int prec, bool shortest, char fmt) {
    int eprec = prec;
    if (eprec > ds->nd && ds->nd >= ds->dp) eprec = ds->nd;
    if (shortest) eprec = 6;
    int exp = ds->dp - 1;
    if (exp < -4 || exp >= eprec) {
        if (prec > ds->nd) prec = ds->nd;
        return fmt_e(buf, ds, prec - 1, (char)(fmt + 'e' - 'g'));
    }
    if (prec > ds->dp) prec = ds->nd;
    int fp = prec - ds->dp;
    return fmt_f(buf, ds, fp > 0 ? fp : 0);
}

// ---------------------------------------------------------------- %b and %x

// The float's bits as strconv splits them: value = mant * 2^(exp - mantbits).
typedef struct FloatBits {
    uint64_t mant;
    int exp, mantbits;
    bool neg;
} FloatBits;

static FloatBits float_bits(double v, int bitsize) {
    FloatBits f;
    uint64_t bits;
    int expbits, bias;
    if (bitsize == 32) {
        float x = (float)v;
        uint32_t b32;
        memcpy(&b32, &x, 4);
        bits = b32, f.mantbits = 23, expbits = 8, bias = -127;
    } else {
        memcpy(&bits, &v, 8);
        f.mantbits = 52, expbits = 11, bias = -1023;
    }
    f.neg = (bits >> (f.mantbits + expbits)) != 0;
    f.exp = (int)(bits >> f.mantbits) & ((1 << expbits) - 1);
    f.mant = bits & (((uint64_t)1 << f.mantbits) - 1);
    if (f.exp == 0) f.exp++;  // denormal
    else f.mant |= (uint64_t)1 << f.mantbits;
    f.exp += bias;
    return f;
}

// strconv's fmtB: -ddddp±ddd, the mantissa in decimal.
static int fmt_b(char *buf, FloatBits f) {
    return sprintf(buf, "%s%llup%+d", f.neg ? "-" : "", (unsigned long long)f.mant, f.exp - f.mantbits);
}

// strconv's fmtX: -0x1.hhhhp±dd with prec hex digits (-1: as many as needed).
static int fmt_x(char *buf, FloatBits f, int prec, char fmt) {
    const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    uint64_t mant = f.mant;
    int exp = mant == 0 ? 0 : f.exp, n = 0;
    mant <<= 60 - f.mantbits;
    while (mant != 0 && (mant & ((uint64_t)1 << 60)) == 0) mant <<= 1, exp--;
    if (prec >= 0 && prec < 15) {
        unsigned shift = (unsigned)prec * 4;
        uint64_t extra = (mant << shift) & (((uint64_t)1 << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > ((uint64_t)1 << 59)) mant++;
        mant <<= 60 - shift;
        if (mant & ((uint64_t)1 << 61)) mant >>= 1, exp++;
    }
    if (f.neg) buf[n++] = '-';
    buf[n++] = '0', buf[n++] = fmt, buf[n++] = (char)('0' + ((mant >> 60) & 1));
    mant <<= 4;
    if (prec < 0 && mant != 0) {
        buf[n++] = '.';
        for (; mant != 0; mant <<= 4) buf[n++] = hex[(mant >> 60) & 15];
    } else if (prec > 0) {
        buf[n++] = '.';
        for (int i = 0; i < prec && i < 60; i++, mant <<= 4) buf[n++] = hex[(mant >> 60) & 15];
    }
    buf[n++] = fmt == 'X' ? 'P' : 'p';
    return n + sprintf(buf + n, "%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
}

int rt_format_float(char *buf, double v, char fmt, int prec, int bitsize) {
    if (isnan(v) || isinf(v)) return fmt_special(buf, v);
    if (fmt == 'b') return fmt_b(buf, float_bits(v, bitsize));
    if (fmt == 'x' || fmt == 'X') return fmt_x(buf, float_bits(v, bitsize), prec, fmt);
    if (bitsize == 32) v = (float)v;
    Digits ds;
    ds.neg = signbit(v) != 0;
    double a = fabs(v);
    bool shortest = prec < 0;
    if ((fmt == 'f' || fmt == 'F') && !shortest) return fixed_f(buf, v, prec);
    if (a == 0) {
        ds.nd = 0;
        ds.dp = 0;
    } else if (shortest) {
        shortest_digits(&ds, a, bitsize);
    } else if (fmt == 'e' || fmt == 'E') {
        sig_digits(&ds, a, prec + 1);
    } else {
        if (prec == 0) prec = 1;
        sig_digits(&ds, a, prec);
    }
    if (shortest) {
        if (fmt == 'e' || fmt == 'E') prec = ds.nd - 1;
        else if (fmt == 'f' || fmt == 'F') prec = ds.nd - ds.dp > 0 ? ds.nd - ds.dp : 0;
        else prec = ds.nd;
    }
    switch (fmt) {
    case 'e':
    case 'E':
        return fmt_e(buf, &ds, prec < 0 ? 0 : prec, fmt);
    case 'f':
    case 'F':
        return fmt_f(buf, &ds, prec);
    default:
        return fmt_g(buf, &ds, prec, shortest, fmt == 'G' ? 'G' : 'g');
    }
}
